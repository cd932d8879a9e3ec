package dev.casus.jackson.deser;

import dev.casus.core.code.CodeList;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads any code-list enum by its wire name ({@code "claim_of_responsibility"}), so that databind
 * users get the same names as the wire format; unknown names are errors listing the allowed ones.
 *
 * @param <E> the code list
 */
public final class CodeListDeserializer<E extends Enum<E> & CodeList>
    extends CasusDeserializer<E> {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // rebuilt from the enum class; never serialized
  private final transient Codes<E> codes;

  /**
   * A deserializer of {@code type}.
   *
   * @param type the enum
   */
  public CodeListDeserializer(Class<E> type) {
    super(type);
    this.codes = Codes.of(type, describe(type));
  }

  @Override
  public @Nullable E decode(ReadContext c) throws IOException {
    return codes.read(c);
  }

  /** "IncidentType" becomes "an incident type". */
  private static String describe(Class<?> type) {
    String words =
        type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }
}
