package dev.casus.core.statement;

import dev.casus.core.name.LanguageTags;
import dev.casus.core.text.FreeText;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The words of a statement as a source reproduces them: a verbatim quote ("no fire was opened from
 * Armenia in the direction of Azerbaijan"), a paraphrase ("Armenia targeted large cities Ganja and
 * Mingachevir with missile strikes"), or a translation.
 */
@Value.Immutable
public abstract class StatementText {

  StatementText() {}

  /**
   * A text in the given form.
   *
   * @param form how the words were reproduced
   * @param text the words
   * @return the statement text
   */
  public static StatementText of(TextForm form, String text) {
    return ImmutableStatementText.builder().form(form).text(text).build();
  }

  /**
   * A verbatim quote.
   *
   * @param text the words as spoken or written
   * @return the statement text
   */
  public static StatementText verbatim(String text) {
    return of(TextForm.VERBATIM, text);
  }

  /**
   * A paraphrase by the reporter.
   *
   * @param text the reporter's rendering
   * @return the statement text
   */
  public static StatementText paraphrase(String text) {
    return of(TextForm.PARAPHRASE, text);
  }

  /**
   * A builder for a statement text.
   *
   * @return a new builder
   */
  public static ImmutableStatementText.Builder builder() {
    return ImmutableStatementText.builder();
  }

  /**
   * How the words were reproduced.
   *
   * @return the form
   */
  public abstract TextForm form();

  /**
   * The words.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The BCP 47 language of the text, when stated.
   *
   * @return the language tag, if known
   */
  public abstract Optional<String> language();

  @Value.Check
  final void check() {
    FreeText.check("StatementText", "text", text());
    language().ifPresent(l -> LanguageTags.check("StatementText", "language", l));
  }
}
