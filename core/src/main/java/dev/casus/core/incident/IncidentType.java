package dev.casus.core.incident;

import dev.casus.core.code.CodeList;
import java.util.Optional;

/**
 * What kind of thing happened in an incident: ACLED's sub-event types, each belonging to one
 * {@link EventType} and carrying ACLED's exact label (the text of the {@code sub_event_type}
 * column). Seed: the strikes on Ganja and Mingachevir are {@link
 * #SHELLING_ARTILLERY_MISSILE_ATTACK}; the fighting since 2020-09-27 is {@link #ARMED_CLASH};
 * Azerbaijan's taking of Jabrayil is {@link #GOVERNMENT_REGAINS_TERRITORY}.
 */
public enum IncidentType implements CodeList {
  /**
   * Armed, organised groups fight each other and territory does not change hands. ACLED label
   * "Armed clash" (Battles). Seed: the clashes that "erupted on September 27 and have killed
   * dozens".
   */
  ARMED_CLASH(EventType.BATTLES, "Armed clash"),
  /**
   * Government forces or their allies win back territory held by a non-state or occupying group.
   * ACLED label "Government regains territory" (Battles). Seed: "the liberation of the city of
   * Jabrayil from Armenian occupation", as Aliyev announced it.
   */
  GOVERNMENT_REGAINS_TERRITORY(EventType.BATTLES, "Government regains territory"),
  /**
   * A non-state armed group takes territory from the government or from another non-state group.
   * ACLED label "Non-state actor overtakes territory" (Battles).
   */
  NON_STATE_ACTOR_OVERTAKES_TERRITORY(EventType.BATTLES, "Non-state actor overtakes territory"),
  /**
   * An attack with chemical weapons. ACLED label "Chemical weapon" (Explosions/Remote violence).
   */
  CHEMICAL_WEAPON(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
  /**
   * An attack from aircraft, helicopters or drones. ACLED label "Air/drone strike"
   * (Explosions/Remote violence).
   */
  AIR_DRONE_STRIKE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
  /**
   * An attack in which the attacker dies detonating explosives. ACLED label "Suicide bomb"
   * (Explosions/Remote violence).
   */
  SUICIDE_BOMB(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
  /**
   * Long-range fire from the ground or sea: shells, artillery, rockets, missiles. ACLED label
   * "Shelling/artillery/missile attack" (Explosions/Remote violence). Seed: "Armenia's massive
   * missile attacks against dense residential areas" in Ganja; the missile strike on Mingachevir.
   */
  SHELLING_ARTILLERY_MISSILE_ATTACK(
      EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
  /**
   * A detonation of an explosive planted or triggered remotely: a landmine, an IED, a car bomb.
   * ACLED label "Remote explosive/landmine/IED" (Explosions/Remote violence).
   */
  REMOTE_EXPLOSIVE_LANDMINE_IED(
      EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
  /**
   * An attack with a hand grenade or similar thrown explosive. ACLED label "Grenade"
   * (Explosions/Remote violence).
   */
  GRENADE(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
  /**
   * Sexual violence by an armed group against civilians. ACLED label "Sexual violence" (Violence
   * against civilians).
   */
  SEXUAL_VIOLENCE(EventType.VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
  /**
   * An armed group attacks unarmed civilians directly: shooting, beating, killing. ACLED label
   * "Attack" (Violence against civilians).
   */
  ATTACK(EventType.VIOLENCE_AGAINST_CIVILIANS, "Attack"),
  /**
   * An armed group abducts civilians or makes them disappear. ACLED label "Abduction/forced
   * disappearance" (Violence against civilians).
   */
  ABDUCTION_FORCED_DISAPPEARANCE(
      EventType.VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
  /**
   * A demonstration that stays peaceful and is not dispersed or interfered with. ACLED label
   * "Peaceful protest" (Protests).
   */
  PEACEFUL_PROTEST(EventType.PROTESTS, "Peaceful protest"),
  /**
   * A peaceful demonstration that is dispersed or suppressed by force short of excessive force
   * (arrests, tear gas, pushing). ACLED label "Protest with intervention" (Protests).
   */
  PROTEST_WITH_INTERVENTION(EventType.PROTESTS, "Protest with intervention"),
  /**
   * Lethal or grievous force used against peaceful demonstrators. ACLED label "Excessive force
   * against protesters" (Protests).
   */
  EXCESSIVE_FORCE_AGAINST_PROTESTERS(EventType.PROTESTS, "Excessive force against protesters"),
  /**
   * A demonstration in which the demonstrators themselves use violence or destroy property. ACLED
   * label "Violent demonstration" (Riots).
   */
  VIOLENT_DEMONSTRATION(EventType.RIOTS, "Violent demonstration"),
  /**
   * Violence by a mob, not a demonstration, against people or property. ACLED label "Mob violence"
   * (Riots).
   */
  MOB_VIOLENCE(EventType.RIOTS, "Mob violence"),
  /**
   * Parties to a conflict agree on something: a cease-fire, a peace deal, an exchange of
   * prisoners. ACLED label "Agreement" (Strategic developments). Seed: the cease-fire "agreed upon
   * in 1994".
   */
  AGREEMENT(EventType.STRATEGIC_DEVELOPMENTS, "Agreement"),
  /**
   * Politically significant arrests or detentions by state forces. ACLED label "Arrests" (Strategic
   * developments).
   */
  ARRESTS(EventType.STRATEGIC_DEVELOPMENTS, "Arrests"),
  /**
   * A group changes how or where it operates: recruitment, troop movements, a curfew, a call to
   * arms. ACLED label "Change to group/activity" (Strategic developments).
   */
  CHANGE_TO_GROUP_ACTIVITY(EventType.STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
  /**
   * Weapons seized, defused or intercepted before use, including air defence shooting down a
   * missile or drone. ACLED label "Disrupted weapons use" (Strategic developments).
   */
  DISRUPTED_WEAPONS_USE(EventType.STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
  /**
   * An armed group sets up a headquarters or base without fighting for it. ACLED label
   * "Headquarters or base established" (Strategic developments).
   */
  HEADQUARTERS_OR_BASE_ESTABLISHED(
      EventType.STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
  /**
   * Looting or destruction of property by an armed group without a clash. ACLED label
   * "Looting/property destruction" (Strategic developments).
   */
  LOOTING_PROPERTY_DESTRUCTION(EventType.STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
  /**
   * Territory changes hands without fighting, for example by withdrawal or handover. ACLED label
   * "Non-violent transfer of territory" (Strategic developments). Seed: the "withdrawal of
   * Armenian troops from occupied territories" that Aliyev demands.
   */
  NON_VIOLENT_TRANSFER_OF_TERRITORY(
      EventType.STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
  /**
   * A strategic development that fits no other sub-event type. ACLED label "Other" (Strategic
   * developments).
   */
  OTHER(EventType.STRATEGIC_DEVELOPMENTS, "Other");

  private final EventType eventType;
  private final String acledLabel;

  IncidentType(EventType eventType, String acledLabel) {
    this.eventType = eventType;
    this.acledLabel = acledLabel;
  }

  /**
   * The ACLED event type this incident type belongs to.
   *
   * @return the event type, e.g. {@link EventType#EXPLOSIONS_REMOTE_VIOLENCE} for {@link
   *     #SHELLING_ARTILLERY_MISSILE_ATTACK}
   */
  public EventType eventType() {
    return eventType;
  }

  /**
   * ACLED's label for this incident type, exactly as it appears in the {@code sub_event_type}
   * column.
   *
   * @return the label, e.g. {@code "Shelling/artillery/missile attack"}
   */
  public String acledLabel() {
    return acledLabel;
  }

  /**
   * The incident type with this ACLED sub-event type label. The label is compared ignoring case and
   * leading or trailing white space, so {@code "Armed clash"} and {@code "ARMED CLASH"} both give
   * {@link #ARMED_CLASH}.
   *
   * @param label an ACLED {@code sub_event_type} value
   * @return the incident type, or empty if ACLED has no such sub-event type
   */
  public static Optional<IncidentType> fromAcledLabel(String label) {
    String wanted = label.strip();
    for (IncidentType type : values()) {
      if (type.acledLabel.equalsIgnoreCase(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
