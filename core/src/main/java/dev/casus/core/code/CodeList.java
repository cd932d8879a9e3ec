package dev.casus.core.code;

import java.util.Locale;
import java.util.Optional;

/**
 * A closed code list of the model (actor kinds, incident types, stances, ...), implemented by
 * enums. Every constant has a stable wire name: the constant's name in lower case ({@code
 * CLAIM_OF_RESPONSIBILITY} is {@code "claim_of_responsibility"}). Renaming a constant is a breaking
 * change of the wire format.
 */
public interface CodeList {

  /**
   * The constant's name in this enum, as {@link Enum#name()} gives it.
   *
   * @return the Java constant name
   */
  String name();

  /**
   * The stable name of this code on the wire (JSON, CSV exports).
   *
   * @return the lower-case wire name
   */
  default String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} whose wire name is {@code wireName}.
   *
   * @param type the code list
   * @param wireName the wire name to look up
   * @param <E> the code list type
   * @return the constant, or empty if the code list has no such wire name
   */
  static <E extends Enum<E> & CodeList> Optional<E> fromWireName(Class<E> type, String wireName) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireName().equals(wireName)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
