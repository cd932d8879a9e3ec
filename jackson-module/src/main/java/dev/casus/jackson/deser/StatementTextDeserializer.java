package dev.casus.jackson.deser;

import dev.casus.core.statement.ImmutableStatementText;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.TextForm;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads a {@link StatementText}: {@code form}, {@code text}, {@code language}?. */
public final class StatementTextDeserializer extends CasusDeserializer<StatementText> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final StatementTextDeserializer INSTANCE = new StatementTextDeserializer();

  private static final String WHAT = "a statement text";
  private static final String MEMBERS = "form, text, language";
  private static final int FORM = 1;
  private static final int TEXT = 1 << 1;
  private static final int LANGUAGE = 1 << 2;

  private StatementTextDeserializer() {
    super(StatementText.class);
  }

  @Override
  public @Nullable StatementText decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a statement text at the current token.
   *
   * @param c the context
   * @return the text, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable StatementText read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableStatementText.Builder b = StatementText.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "form":
          if (c.first(FORM)) {
            TextForm v = CodeLists.TEXT_FORM.read(c);
            if (v != null) {
              b.form(v);
            }
          }
          break;
        case "text":
          if (c.first(TEXT)) {
            String v = Scalars.text(c, "StatementText", "text");
            if (v != null) {
              b.text(v);
            }
          }
          break;
        case "language":
          if (c.first(LANGUAGE)) {
            String v = Scalars.languageTag(c, "StatementText");
            if (v != null) {
              b.language(v);
            }
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(FORM, "form", WHAT);
    c.require(TEXT, "text", WHAT);
    return Build.finish(c, b::build);
  }
}
