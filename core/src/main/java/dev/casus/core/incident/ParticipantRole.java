package dev.casus.core.incident;

import dev.casus.core.code.CodeList;

/**
 * The role an actor plays in an incident. How certain the role is (confirmed, alleged, claimed,
 * denied) is recorded next to it, so that an alleged perpetrator is never stored as a fact. Seed:
 * in the Ganja strikes Armenia is the alleged {@link #PERPETRATOR} (Azerbaijan accuses, Armenia
 * denies), the Nagorno-Karabakh forces the claimed one (Harutyunyan says he ordered the attacks),
 * and the civilians of Ganja the {@link #VICTIM}s.
 */
public enum ParticipantRole implements CodeList {
  /**
   * The actor that carried out the act (ACLED's actor1 in one-sided events). Seed: Armenia, alleged
   * by Hajiyev and denied by Stepanian; Nagorno-Karabakh's forces, claimed by Harutyunyan.
   */
  PERPETRATOR,
  /**
   * The actor the act was aimed at. Seed: Azerbaijan, whose cities "far beyond the conflict zone"
   * were targeted, according to Hajiyev.
   */
  TARGET,
  /**
   * A side in a clash where the initiator is unclear or irrelevant, as ACLED's actor1 and actor2,
   * which imply no direction. Seed: Armenian and Azerbaijani forces in the fighting since
   * 2020-09-27.
   */
  PARTICIPANT,
  /**
   * An actor fighting alongside, or identified with, a main actor: ACLED's {@code assoc_actor_1} /
   * {@code assoc_actor_2}. Seed: a headline in the article asks whether "PKK-linked terrorists"
   * are "fighting alongside Armenia".
   */
  ASSOCIATE,
  /**
   * A third party that steps in to stop or break up the incident, as police do in ACLED's "Protest
   * with intervention".
   */
  INTERVENER,
  /**
   * An actor harmed by the incident, whether or not it was the target. Seed: the civilian killed and
   * the 32 injured in Ganja; the civilians wounded in Mingachevir.
   */
  VICTIM;
}
