package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.estimate.ImmutableEstimate;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Estimate}: a bare integer is an exact count ({@code 32}); otherwise an object
 * with {@code low} (required), {@code best}, {@code high} (absent: open) and {@code text}.
 */
public final class EstimateDeserializer extends CasusDeserializer<Estimate> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final EstimateDeserializer INSTANCE = new EstimateDeserializer();

  private static final String WHAT = "an estimate";
  private static final String MEMBERS = "low, best, high, text";
  private static final int LOW = 1;
  private static final int BEST = 1 << 1;
  private static final int HIGH = 1 << 2;
  private static final int TEXT = 1 << 3;

  private EstimateDeserializer() {
    super(Estimate.class);
  }

  @Override
  public @Nullable Estimate decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads an estimate at the current token.
   *
   * @param c the context
   * @return the estimate, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Estimate read(ReadContext c) throws IOException {
    JsonToken t = c.parser().currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      long n = Scalars.count(c, "an exact count");
      return n < 0 ? null : Estimate.exactly(n);
    }
    if (t != JsonToken.START_OBJECT) {
      c.wrongType("an estimate (an integer count, or an object with low, best, high, text)");
      return null;
    }
    c.beginObject();
    ImmutableEstimate.Builder b = Estimate.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "low":
          if (c.first(LOW)) {
            long v = Scalars.count(c, "Estimate.low");
            if (v >= 0) {
              b.low(v);
            }
          }
          break;
        case "best":
          if (c.first(BEST)) {
            long v = Scalars.count(c, "Estimate.best");
            if (v >= 0) {
              b.best(v);
            }
          }
          break;
        case "high":
          if (c.first(HIGH)) {
            long v = Scalars.count(c, "Estimate.high");
            if (v >= 0) {
              b.high(v);
            }
          }
          break;
        case "text":
          if (c.first(TEXT)) {
            String v = Scalars.string(c, "Estimate.text");
            if (v != null) {
              b.text(v);
            }
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(LOW, "low", WHAT);
    return Build.finish(c, b::build);
  }
}
