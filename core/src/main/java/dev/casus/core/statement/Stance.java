package dev.casus.core.statement;

import dev.casus.core.code.CodeList;

/**
 * What a statement says of one of the things it is about (an incident, an actor, a territory or
 * another statement). Seed: Hajiyev's tweet asserts the Ganja strike; Stepanian's post denies
 * Hajiyev's accusation; Azerbaijani officials dispute Harutyunyan's claim that military objects
 * were his target.
 */
public enum Stance implements CodeList {
  /**
   * The statement says it is so. Seed: Hajiyev's tweet asserting that Armenia struck Mingachevir
   * with a missile.
   */
  ASSERTS,
  /**
   * The statement says it is not so. Seed: Stepanian's "no fire was opened from Armenia in the
   * direction of Azerbaijan", denying Hajiyev's accusations.
   */
  DENIES,
  /**
   * The statement contests it, in part or in how it is described, without denying it outright.
   * Seed: Azerbaijani officials, who accept that Ganja was attacked but deny "that any military
   * objects had been hit", disputing Harutyunyan's account.
   */
  DISPUTES;
}
