package dev.casus.jackson.deser;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Finishes decoding an object: builds the model value unless the object is broken. */
public final class Build {

  private Build() {}

  /**
   * Builds the current object's value if no problem broke it, reporting a model invariant that
   * the construction throws as {@link dev.casus.core.validation.FindingCode#BROKEN_INVARIANT},
   * and closes the object's level.
   *
   * @param c the context, with the parser on the object's {@code END_OBJECT}
   * @param build constructs the value
   * @param <T> the value type
   * @return the value, or null (COLLECT mode) if the object was broken
   */
  public static <T> @Nullable T finish(ReadContext c, Supplier<T> build) {
    T result = null;
    if (c.objectOk()) {
      try {
        result = build.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        c.invariant(e);
      }
    }
    c.endObject();
    return result;
  }
}
