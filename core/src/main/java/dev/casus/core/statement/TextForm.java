package dev.casus.core.statement;

import dev.casus.core.code.CodeList;

/**
 * How the text of a statement was reproduced by the source that reports it. Seed: the article
 * quotes Hajiyev's tweet word for word ("Armenia's massive missile attacks against dense
 * residential areas") but paraphrases his claim that Armenia "targeted large cities Ganja and
 * Mingachevir with missile strikes".
 */
public enum TextForm implements CodeList {
  /**
   * The speaker's own words, quoted exactly in the language they were spoken or written. Seed:
   * Hajiyev's English-language tweet, quoted as "Armenia's massive missile attacks against dense
   * residential areas".
   */
  VERBATIM,
  /**
   * The reporter's rendering of what was said, not a quotation. Seed: "Armenian forces also
   * launched missile attacks on the Khizi and Absheron regions of Azerbaijan", reported as what
   * Hajiyev said.
   */
  PARAPHRASE,
  /**
   * A quotation translated from the language it was made in. Seed: English quotations of statements
   * made in Azerbaijani or Armenian, as the article's quotes of Hasanov's statement and Stepanian's
   * Facebook post probably are.
   */
  TRANSLATION;
}
