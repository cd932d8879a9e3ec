package dev.casus.core.statement;

import dev.casus.core.code.CodeList;

/**
 * Through what channel a statement was made. Seed: Hajiyev tweeted ({@link #TWEET}); Stepanian and
 * Harutyunyan wrote on Facebook ({@link #FACEBOOK_POST}); Aliyev spoke in an address to the nation
 * ({@link #ADDRESS_TO_THE_NATION}); Poghosyan "told Armenian media" ({@link #STATEMENT_TO_MEDIA});
 * Hasanov "said in a statement" ({@link #OFFICIAL_STATEMENT}).
 */
public enum Channel implements CodeList {
  /** A post on X, formerly Twitter. Seed: Hajiyev's tweets about Ganja and Mingachevir. */
  TWEET,
  /** A post on Facebook. Seed: Stepanian's denial; Harutyunyan's claim of the rocket attacks. */
  FACEBOOK_POST,
  /** A post on another social network or messenger channel, such as Telegram or Instagram. */
  SOCIAL_MEDIA_POST,
  /**
   * A televised or broadcast address by a head of state or government to the public. Seed:
   * Aliyev's address announcing Jabrayil's liberation and his conditions.
   */
  ADDRESS_TO_THE_NATION,
  /**
   * Remarks given to journalists outside a formal press conference. Seed: Poghosyan, who "told
   * Armenian media on Sunday evening" there was no reason to target Mingachevir.
   */
  STATEMENT_TO_MEDIA,
  /** Remarks and answers at a press conference or briefing. */
  PRESS_CONFERENCE,
  /** A written release issued to the press by an organisation. */
  PRESS_RELEASE,
  /** An interview given to a news outlet. */
  INTERVIEW,
  /**
   * A formal statement issued by an office or ministry, when the form is not given more precisely.
   * Seed: Hasanov, who "said in a statement on Sunday".
   */
  OFFICIAL_STATEMENT,
  /** A speech to an audience: a parliament, a rally, an international forum. */
  SPEECH,
  /** A channel that fits none of the other constants. */
  OTHER;
}
