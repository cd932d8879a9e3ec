package dev.casus.core.source;

import dev.casus.core.code.CodeList;

/**
 * What kind of publication a source is. Seed: the TRT World article of 2020-10-04 ({@link
 * #NEWS_ARTICLE}, "TRTWorld and agencies"), the Reuters photo of Ganja ({@link #PHOTO}), Hajiyev's
 * tweets ({@link #TWEET}), Stepanian's Facebook post ({@link #FACEBOOK_POST}).
 */
public enum SourceKind implements CodeList {
  /** An article by a news outlet. Seed: TRT World's article of 2020-10-04. */
  NEWS_ARTICLE,
  /**
   * A report on a news agency's wire (Reuters, AP, AFP, Anadolu), often reused by outlets. Seed:
   * the "agencies" that TRT World credits.
   */
  NEWS_AGENCY_WIRE,
  /**
   * A photograph. Seed: the Reuters photo of the "aftermath of recent shelling" in Ganja, 2020-10-04.
   */
  PHOTO,
  /** A video recording, published on its own rather than inside a post. */
  VIDEO,
  /**
   * A post on X, formerly Twitter. Seed: Hajiyev's tweets, one with "a video depicting damaged
   * buildings" in Ganja.
   */
  TWEET,
  /** A post on Facebook. Seed: Stepanian's and Harutyunyan's Facebook posts. */
  FACEBOOK_POST,
  /** A post on another social network or messenger channel, such as Telegram or Instagram. */
  SOCIAL_MEDIA_POST,
  /** A television or radio broadcast, such as a televised address to the nation. */
  BROADCAST,
  /** A press release from a government, armed force or organisation. */
  PRESS_RELEASE,
  /**
   * A document issued by a government or international body. Seed: the UN resolutions that
   * "demand the withdrawal of the invading forces".
   */
  OFFICIAL_DOCUMENT,
  /** A report by a non-governmental organisation, such as a human-rights group. */
  NGO_REPORT,
  /** A row or file of a structured dataset, such as an ACLED or UCDP GED export. */
  DATASET,
  /** A source that fits none of the other kinds. */
  OTHER;
}
