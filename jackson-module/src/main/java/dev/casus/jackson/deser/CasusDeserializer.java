package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.casus.jackson.CasusReadException;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The databind face of a Casus decoder: decodes the value at the parser strictly, with the same
 * code the fast path uses, and reports every problem as a {@link CasusReadException} whose pointer
 * is relative to the value being read.
 *
 * @param <T> the model type
 */
public abstract class CasusDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /**
   * A deserializer of {@code type}.
   *
   * @param type the model type
   */
  protected CasusDeserializer(Class<T> type) {
    super(type);
  }

  /**
   * Decodes the value at the context's parser, following the {@link Decoder} conventions.
   *
   * @param c a strict context
   * @return the value (never null in strict mode)
   * @throws IOException if the parser fails
   */
  public abstract @Nullable T decode(ReadContext c) throws IOException;

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ReadContext c = ReadContext.strict(p);
    try {
      T value = decode(c);
      if (value == null) {
        throw new IllegalStateException("a strict decoder returned no value");
      }
      return value;
    } catch (JsonProcessingException e) {
      c.jacksonProblem(e);
      throw e;
    }
  }

  /**
   * A member of a user's own class that is absent stays null; Casus itself never reads absent
   * values through this.
   *
   * @param ctxt the databind context
   * @return null
   */
  @Override
  public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
    return null;
  }

  /**
   * Rejects {@code null}: the wire format omits absent values instead.
   *
   * @param ctxt the databind context
   * @return never
   * @throws CasusReadException always
   */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    throw new CasusReadException(
        Finding.of(
            FindingCode.NULL_VALUE,
            "",
            "null is not allowed: expected "
                + handledType().getSimpleName()
                + " (an absent member is omitted, never written as null)"));
  }
}
