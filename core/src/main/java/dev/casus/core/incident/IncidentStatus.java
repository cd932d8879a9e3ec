package dev.casus.core.incident;

import dev.casus.core.code.CodeList;

/**
 * How established it is that an incident happened as described. This is about the incident as a
 * whole; who did it, and how certain each participant's role is, is recorded on the participants.
 * Seed: that missiles hit Ganja on 2020-10-04 is undisputed and shown in a Reuters photo ({@link
 * #CONFIRMED}), though who fired them is contested; the missile attacks on the Khizi and Absheron
 * regions rest on Hajiyev's word alone ({@link #REPORTED}).
 */
public enum IncidentStatus implements CodeList {
  /**
   * Reported by a source but not yet confirmed by independent evidence. Seed: the attacks on Khizi
   * and Absheron, known only from Hajiyev.
   */
  REPORTED,
  /**
   * Confirmed by independent sources or evidence, or acknowledged by all sides. Seed: the strikes on
   * Ganja, shown in a Reuters photo and admitted by Nagorno-Karabakh's leader.
   */
  CONFIRMED,
  /**
   * A party denies that the incident happened as reported. Seed: the strike on Mingachevir, which
   * Hajiyev reports and Harutyunyan's spokesman Vahram Poghosyan says Nagorno-Karabakh forces had
   * "no reason" to carry out.
   */
  DISPUTED,
  /** The report of the incident was withdrawn by the source that made it. */
  RETRACTED;
}
