package dev.casus.core.incident;

import dev.casus.core.code.CodeList;

/**
 * What sort of thing an incident hit or was aimed at. An incident may have several, and the parties
 * often disagree about them. Seed: Hajiyev speaks of "dense residential areas" in Ganja ({@link
 * #RESIDENTIAL}) and of Mingachevir's "water reservoir and key electricity plant" ({@link
 * #WATER_INFRASTRUCTURE}, {@link #ENERGY_INFRASTRUCTURE}); Harutyunyan says he aimed at "military
 * objects" ({@link #MILITARY}), which Azerbaijani officials deny were hit.
 */
public enum TargetCategory implements CodeList {
  /** Homes and residential areas. Seed: "dense residential areas" in Ganja. */
  RESIDENTIAL,
  /**
   * Civilian infrastructure in general, when no more specific category applies. Seed: "the attack
   * caused damage to civilian infrastructure", Azerbaijani officials said of Ganja.
   */
  CIVILIAN_INFRASTRUCTURE,
  /**
   * Power plants, power lines, fuel depots, pipelines. Seed: Mingachevir's "key electricity plant".
   */
  ENERGY_INFRASTRUCTURE,
  /** Dams, reservoirs, water treatment and supply. Seed: Mingachevir's "water reservoir". */
  WATER_INFRASTRUCTURE,
  /** Roads, bridges, railways, ports, airports. */
  TRANSPORT,
  /** Hospitals, clinics, ambulances and medical staff. */
  MEDICAL,
  /** Schools, universities and other places of education. */
  EDUCATION,
  /**
   * Mosques, churches and other places of worship. Seed: the mosques "damaged by Armenian forces"
   * that Aliyev vows to restore.
   */
  RELIGIOUS_SITE,
  /** Monuments, museums, historic sites and other cultural property. */
  CULTURAL_PROPERTY,
  /** Shops, markets, businesses and other commercial premises. */
  COMMERCIAL,
  /** Government buildings and offices of the administration. */
  GOVERNMENT,
  /**
   * Military positions, equipment and installations. Seed: the "military objects" in Ganja that
   * Harutyunyan says he ordered struck.
   */
  MILITARY,
  /**
   * Civilians themselves, as people rather than buildings. Seed: in Mingachevir "civilians (have
   * been) wounded", according to Hajiyev.
   */
  CIVILIANS,
  /** A target that fits none of the other categories. */
  OTHER;
}
