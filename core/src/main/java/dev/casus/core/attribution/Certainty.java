package dev.casus.core.attribution;

import dev.casus.core.code.CodeList;

/**
 * How certain an attribution is: an actor's role in an incident (perpetrator, target, ...) or an
 * actor's control of a territory.
 *
 * <p>In the seed article the missile strikes on Ganja are attributed to Armenia by Azerbaijan
 * ({@link #ALLEGED}), denied by Armenia's Defence Ministry ({@link #DENIED}), and claimed by
 * Nagorno-Karabakh's leader Arayik Harutyunyan, who said he ordered them ({@link #CLAIMED}). Each
 * is recorded with its own certainty; none overwrites the others.
 */
public enum Certainty implements CodeList {

  /**
   * Independently confirmed: established by a party other than the accuser and the accused, such
   * as an investigation or several independent sources.
   */
  CONFIRMED,

  /**
   * Asserted by another party, not by the actor itself, e.g. Azerbaijan saying Armenia fired the
   * missiles at Ganja and Mingachevir.
   */
  ALLEGED,

  /**
   * Asserted by the actor itself, e.g. Arayik Harutyunyan saying he ordered "rocket attacks to
   * neutralise military objects" in Ganja.
   */
  CLAIMED,

  /**
   * Denied by the actor, e.g. Armenia's Defence Ministry: "no fire was opened from Armenia in the
   * direction of Azerbaijan".
   */
  DENIED,

  /** Not known, or the source does not say how the attribution was made. */
  UNKNOWN
}
