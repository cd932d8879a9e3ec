package dev.casus.core.casualty;

import dev.casus.core.code.CodeList;

/**
 * What happened to the people a casualty count is about. Seed: "One civilian has been killed, and
 * 32 others sustained injuries, authorities said" gives one count of {@link #KILLED} and one of
 * {@link #INJURED}.
 */
public enum CasualtyOutcome implements CodeList {
  /** Dead as a result of the incident. Seed: the one civilian killed in Ganja. */
  KILLED,
  /**
   * Wounded or otherwise physically hurt. Seed: the 32 who "sustained injuries"; the civilians
   * "wounded" in Mingachevir.
   */
  INJURED,
  /** Missing, whereabouts unknown, including people reported as disappeared. */
  MISSING,
  /** Taken prisoner or detained by an opposing party, including prisoners of war and hostages. */
  CAPTURED,
  /** Forced to leave their homes, within their country or across a border. */
  DISPLACED;
}
