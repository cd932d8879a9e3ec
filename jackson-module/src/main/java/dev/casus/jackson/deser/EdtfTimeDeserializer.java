package dev.casus.jackson.deser;

import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an EDTF time string ({@code "2020-10-04"}, {@code "2020-09-27/.."}) as an {@link
 * EdtfTime}, or as one of its two kinds when databind asks for {@link EdtfDate} or {@link
 * EdtfInterval}.
 *
 * @param <T> the time type
 */
public final class EdtfTimeDeserializer<T extends EdtfTime> extends CasusDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** Reads any EDTF time. */
  public static final EdtfTimeDeserializer<EdtfTime> TIME =
      new EdtfTimeDeserializer<>(EdtfTime.class, "an EDTF time");

  /** Reads a single EDTF date (or date-time). */
  public static final EdtfTimeDeserializer<EdtfDate> DATE =
      new EdtfTimeDeserializer<>(EdtfDate.class, "an EDTF date");

  /** Reads an EDTF interval. */
  public static final EdtfTimeDeserializer<EdtfInterval> INTERVAL =
      new EdtfTimeDeserializer<>(EdtfInterval.class, "an EDTF interval");

  private final Class<T> type;
  private final String what;

  private EdtfTimeDeserializer(Class<T> type, String what) {
    super(type);
    this.type = type;
    this.what = what;
  }

  @Override
  public @Nullable T decode(ReadContext c) throws IOException {
    EdtfTime time = Scalars.edtf(c);
    if (time == null) {
      return null;
    }
    if (!type.isInstance(time)) {
      c.fail(
          FindingCode.MALFORMED_EDTF,
          "expected " + what + ", got " + Scalars.quote(time.toEdtf()));
      return null;
    }
    return type.cast(time);
  }
}
