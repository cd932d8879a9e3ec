package dev.casus.core.incident;

import dev.casus.core.code.CodeList;

/**
 * By what means an incident was carried out: the weapon or method used. An incident may have
 * several. Seed: Hajiyev speaks of "missile strikes" on Ganja and Mingachevir ({@link #MISSILE});
 * Harutyunyan says he ordered "rocket attacks" on Ganja ({@link #ROCKET}); the Reuters photo shows
 * the aftermath of "shelling" ({@link #ARTILLERY}).
 */
public enum Means implements CodeList {
  /**
   * A guided or ballistic missile. Seed: "Armenia's massive missile attacks against dense
   * residential areas" in Ganja, as Hajiyev put it.
   */
  MISSILE,
  /**
   * An unguided rocket, including multiple-launch rocket systems. Seed: the "rocket attacks to
   * neutralise military objects" that Harutyunyan says he ordered.
   */
  ROCKET,
  /** Artillery fire: guns and howitzers firing shells. Seed: the "shelling" of Ganja. */
  ARTILLERY,
  /** Mortar fire. */
  MORTAR,
  /** An armed drone or a loitering munition (unmanned aircraft). */
  DRONE,
  /** An attack from crewed aircraft or helicopters. */
  AIRSTRIKE,
  /** Rifles, pistols, machine guns and other firearms carried by a person. */
  SMALL_ARMS,
  /** Tanks, armoured vehicles and other heavy weapons in direct fire. */
  HEAVY_WEAPONS,
  /** A bomb or improvised explosive device (IED) set off remotely or on a timer. */
  EXPLOSIVE_DEVICE,
  /** A landmine, anti-personnel or anti-vehicle. */
  LANDMINE,
  /** A hand grenade or similar thrown explosive. */
  GRENADE,
  /** A chemical agent used as a weapon. */
  CHEMICAL_WEAPON,
  /** An attack in which the attacker intends to die, usually by detonating explosives. */
  SUICIDE_ATTACK,
  /** Setting fire to buildings, vehicles or crops. */
  ARSON,
  /** Knives, blunt objects, stones or bare hands. */
  MELEE,
  /** A means that fits none of the other constants. */
  OTHER;
}
