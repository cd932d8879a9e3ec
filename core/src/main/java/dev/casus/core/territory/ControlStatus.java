package dev.casus.core.territory;

import dev.casus.core.code.CodeList;

/**
 * Who holds a territory, as a claim about one period of its control: held by an actor, fought
 * over, or held by a force the claimant calls an occupier. Control is recorded over time and as
 * claimed by someone, since the parties rarely agree. Seed: Jabrayil was {@link #OCCUPIED} by
 * Armenian forces until October 2020, then {@link #CONTROLLED} by Azerbaijan, as claimed by
 * President Ilham Aliyev when he congratulated Azerbaijanis on its "liberation".
 */
public enum ControlStatus implements CodeList {
  /**
   * The actor holds the territory and the claimant accepts its authority there. Seed: Jabrayil
   * controlled by Azerbaijan from October 2020, according to Aliyev.
   */
  CONTROLLED,
  /**
   * Two or more actors are fighting for the territory and none holds it firmly. Seed: the front
   * line over Nagorno-Karabakh while the clashes that began on 2020-09-27 went on.
   */
  CONTESTED,
  /**
   * The actor holds the territory by force against the authority the claimant regards as
   * legitimate. Seed: Jabrayil occupied by Armenian forces until October 2020; Upper Karabakh,
   * which "the Armenian military occupied" in 1991, in the article's words.
   */
  OCCUPIED,
  /** The source does not say, or does not know, who holds the territory. */
  UNKNOWN;
}
