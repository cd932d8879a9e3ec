package dev.casus.core.validation;

import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where one record (one entity) sits in its input, so that findings about it can say where to look:
 * its ordinal in document order, the JSON Pointer prefix of the record, and its line where known.
 *
 * <p>In a feed document the fourth incident is {@code inDocument("/incidents/3", ordinal)} and a
 * finding about its first participant's actor has the pointer {@code
 * /incidents/3/participants/0/actor}. In JSON Lines the record on line 17 is {@code onLine(17)}:
 * findings about it carry line 17 and pointers relative to the record ({@code
 * /participants/0/actor}).
 */
@Value.Immutable
public abstract class RecordPosition {

  RecordPosition() {}

  /**
   * A builder for a record position.
   *
   * @return a new builder
   */
  public static ImmutableRecordPosition.Builder builder() {
    return ImmutableRecordPosition.builder();
  }

  /**
   * An entity inside a feed document.
   *
   * @param pointer the entity's JSON Pointer, e.g. {@code /incidents/3}
   * @param ordinal the entity's ordinal over all entity arrays in feed member order
   * @return the position
   */
  public static RecordPosition inDocument(String pointer, long ordinal) {
    return builder().pointer(pointer).ordinal(ordinal).build();
  }

  /**
   * The record on a line of a JSON Lines feed; its ordinal is the line number.
   *
   * @param line the 1-based line number
   * @return the position
   */
  public static RecordPosition onLine(long line) {
    return builder().pointer("").ordinal(line).line(line).build();
  }

  /**
   * The record's place in document order: findings about earlier records are listed first.
   *
   * @return the ordinal, at least 0
   */
  public abstract long ordinal();

  /**
   * The JSON Pointer of the record, prefixed to the pointers of findings about its members; {@code
   * ""} when findings are relative to the record (JSON Lines).
   *
   * @return the pointer prefix
   */
  public abstract String pointer();

  /**
   * The 1-based line where the record is, carried by every finding about it.
   *
   * @return the line, if known
   */
  public abstract OptionalLong line();

  /**
   * How a message names this record: {@code line 17} or {@code /incidents/3}.
   *
   * @return the description
   */
  public String describe() {
    return line().isPresent() ? "line " + line().getAsLong() : pointer();
  }

  @Value.Check
  final void check() {
    if (ordinal() < 0) {
      throw new IllegalArgumentException("RecordPosition.ordinal must be >= 0, got " + ordinal());
    }
    if (!pointer().isEmpty() && !pointer().startsWith("/")) {
      throw new IllegalArgumentException(
          "RecordPosition.pointer must be empty or start with '/', got \"" + pointer() + "\"");
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new IllegalArgumentException(
          "RecordPosition.line must be >= 1, got " + line().getAsLong());
    }
    if (line().isEmpty() && pointer().isEmpty()) {
      throw new IllegalArgumentException(
          "RecordPosition needs a line or a non-empty pointer to say where the record is");
    }
  }
}
