package dev.casus.core.casualty;

import dev.casus.core.code.CodeList;

/**
 * Which group of people a casualty count is about, matching UCDP's split of deaths into civilian,
 * side (military) and unknown. Seed: "One civilian has been killed" is {@link #CIVILIAN};
 * "Azerbaijan kills dozens of Armenian soldiers" is {@link #MILITARY}; "The clashes ... have killed
 * dozens" is {@link #UNKNOWN}.
 */
public enum CasualtyGroup implements CodeList {
  /** Non-combatants. Seed: the civilian killed and the 32 injured in Ganja. */
  CIVILIAN,
  /**
   * Members of armed forces or armed groups, combatants of any side. Seed: the "dozens of Armenian
   * soldiers" Azerbaijan says it killed.
   */
  MILITARY,
  /**
   * The source does not say whether the people were civilians or combatants (UCDP's {@code
   * deaths_unknown}). Seed: "The clashes ... have killed dozens".
   */
  UNKNOWN;
}
