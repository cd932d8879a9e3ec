package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.name.Name;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Name}: {@code "Ganja"}, or {@code {"text":"Gəncə","language":"az"}} (the object
 * form without a language is accepted too).
 */
public final class NameDeserializer extends CasusDeserializer<Name> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final NameDeserializer INSTANCE = new NameDeserializer();

  private static final String WHAT = "a name";
  private static final String MEMBERS = "text, language";
  private static final int TEXT = 1;
  private static final int LANGUAGE = 1 << 1;

  private NameDeserializer() {
    super(Name.class);
  }

  @Override
  public @Nullable Name decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a name at the current token.
   *
   * @param c the context
   * @return the name, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Name read(ReadContext c) throws IOException {
    JsonParser p = c.parser();
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      try {
        return Name.of(p.getText());
      } catch (IllegalArgumentException e) {
        c.fail(FindingCode.BROKEN_INVARIANT, String.valueOf(e.getMessage()));
        return null;
      }
    }
    if (t != JsonToken.START_OBJECT) {
      c.wrongType("a name (a string, or an object with text and language)");
      return null;
    }
    c.beginObject();
    String text = null;
    String language = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "text":
          if (c.first(TEXT)) {
            text = Scalars.string(c, "Name.text");
          }
          break;
        case "language":
          if (c.first(LANGUAGE)) {
            language = Scalars.languageTag(c, "Name");
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(TEXT, "text", WHAT);
    String finalText = text;
    String finalLanguage = language;
    return Build.finish(
        c,
        () -> {
          if (finalText == null) {
            throw new IllegalStateException("Name.text is missing");
          }
          return finalLanguage == null ? Name.of(finalText) : Name.of(finalText, finalLanguage);
        });
  }
}
