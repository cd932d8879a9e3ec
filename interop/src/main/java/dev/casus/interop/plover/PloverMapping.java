package dev.casus.interop.plover;

import static dev.casus.interop.plover.PloverEventType.ACCUSE;
import static dev.casus.interop.plover.PloverEventType.AGREE;
import static dev.casus.interop.plover.PloverEventType.ASSAULT;
import static dev.casus.interop.plover.PloverEventType.COERCE;
import static dev.casus.interop.plover.PloverEventType.MOBILIZE;
import static dev.casus.interop.plover.PloverEventType.PROTEST;
import static dev.casus.interop.plover.PloverEventType.REJECT;
import static dev.casus.interop.plover.PloverEventType.REQUEST;
import static dev.casus.interop.plover.PloverEventType.RETREAT;
import static dev.casus.interop.plover.PloverEventType.SUPPORT;
import static dev.casus.interop.plover.PloverEventType.THREATEN;

import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.statement.StatementKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table from Casus incident types, means and statement kinds to PLOVER event types, modes and
 * contexts, with CAMEO event codes. Every Casus code is listed below; those with no defensible
 * equivalent map to empty, and an exporter counts them rather than guessing.
 *
 * <p>Sources, read for this table:
 *
 * <ul>
 *   <li>PLOVER manual, {@code openeventdata/PLOVER} {@code PLOVER_MANUAL.tex}: event definitions,
 *       the ASSAULT modes {@code beat}, {@code sexual}, {@code abduct}, {@code destroy}, {@code
 *       primitive} ("fire, edged weapons, rocks"), {@code firearms} ("rifles, pistols, light
 *       machine guns"), {@code explosives} ("any explosive not incorporated in a heavy weapon:
 *       mines, IEDs, car bombs"), {@code suicide-attack}, {@code heavy-weapons} ("crew-served
 *       weapons") and, in the revision at commit {@code 6b85b9a7}, {@code unconventional}
 *       ("chemical, biological, radiation, and nuclear weapons"); the PROTEST modes {@code demo}
 *       and {@code riot}; the COERCE mode {@code arrest}; the RETREAT mode {@code withdraw}; the
 *       ACCUSE modes {@code disapprove} and {@code allege}; the context {@code cbrn}; and the CAMEO
 *       code list with the note that CAMEO 015 and 016 have no general PLOVER equivalent.
 *   <li>POLECAT coder training headlines, {@code ahalterman/NGEC} {@code
 *       setup/train_classifiers/headlines_event_mode.csv}: the event type {@code REQUEST} (the
 *       manual's DEMAND; its examples are demands, requests, "asks" and "urges"), and the ASSAULT
 *       modes {@code aerial} ("air strike", "war planes"), {@code drone} ("drone strike") and
 *       {@code crowd-control} ("police turn on protestors", "tear gas on rally").
 * </ul>
 *
 * <p>Seed: the strike on Ganja ({@link IncidentType#SHELLING_ARTILLERY_MISSILE_ATTACK} by {@link
 * Means#MISSILE}) is ASSAULT / {@code heavy-weapons}, CAMEO 194: a ground-launched missile is a
 * crew-served heavy weapon, which PLOVER's {@code explosives} mode excludes and its {@code aerial}
 * mode (air strikes) does not cover.
 */
public final class PloverMapping {

  private PloverMapping() {}

  /**
   * The PLOVER code of an incident, from its type and means.
   *
   * @param incident the incident
   * @return the code, or empty if its type has no PLOVER or CAMEO equivalent
   */
  public static Optional<PloverCode> forIncident(Incident incident) {
    return forIncidentType(incident.type(), incident.means());
  }

  /**
   * The PLOVER code of an incident type carried out by the given means. For the violent types whose
   * ACLED definition does not fix the weapon (armed clash, attack, mob violence, ...) the ASSAULT
   * modes come from the means, in {@link Means} order (see {@link #assaultMode(Means)}); types that
   * fix the weapon (shelling, suicide bomb, chemical weapon, ...) have a fixed mode.
   *
   * @param type the incident type
   * @param means the means, possibly empty
   * @return the code, or empty for {@link IncidentType#CHANGE_TO_GROUP_ACTIVITY}, {@link
   *     IncidentType#DISRUPTED_WEAPONS_USE} and {@link IncidentType#OTHER}
   */
  public static Optional<PloverCode> forIncidentType(IncidentType type, Set<Means> means) {
    return switch (type) {
      // Battles. Two-sided fighting is ASSAULT in PLOVER (CAMEO 19 FIGHT merges into ASSAULT).
      case ARMED_CLASH -> assault(means, "190", List.of()); // 190 Use conventional military force
      case GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY ->
          assault(means, "192", List.of()); // 192 Occupy territory
      // Explosions/Remote violence.
      case CHEMICAL_WEAPON -> fixed(ASSAULT, "unconventional", "2041"); // 2041 Use CBR weapons
      case AIR_DRONE_STRIKE -> airOrDroneStrike(means);
      case SUICIDE_BOMB -> fixed(ASSAULT, "suicide-attack", "1831"); // 1831 suicide bombing
      case SHELLING_ARTILLERY_MISSILE_ATTACK ->
          fixed(ASSAULT, "heavy-weapons", "194"); // 194 Fight with artillery and tanks
      case REMOTE_EXPLOSIVE_LANDMINE_IED ->
          fixed(ASSAULT, "explosives", "183"); // 183 Conduct non-military bombing
      case GRENADE -> fixed(ASSAULT, "explosives", "180"); // 180 Use unconventional violence
      // Violence against civilians.
      case SEXUAL_VIOLENCE -> fixed(ASSAULT, "sexual", "1821"); // 1821 Sexually assault
      case ATTACK -> assault(means, "180", List.of()); // 180 Use unconventional violence
      case ABDUCTION_FORCED_DISAPPEARANCE ->
          fixed(ASSAULT, "abduct", "181"); // 181 Abduct, hijack, or take hostage
      // Protests: the intervention in a protest with intervention is not a second event here.
      case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION ->
          fixed(PROTEST, "demo", "141"); // 141 Demonstrate or rally
      case EXCESSIVE_FORCE_AGAINST_PROTESTERS ->
          // PLOVER: "police firing on demonstrators" is one-sided ASSAULT.
          assault(means, "175", List.of("crowd-control")); // 175 Use tactics of violent repression
      // Riots.
      case VIOLENT_DEMONSTRATION -> fixed(PROTEST, "riot", "145"); // 145 Protest violently, riot
      case MOB_VIOLENCE -> assault(means, "180", List.of()); // not a demonstration: ASSAULT
      // Strategic developments.
      case AGREEMENT ->
          // PLOVER AGREE: "agree to, offer, promise ... commitment to cooperate". A signed treaty
          // alone would be SUPPORT, an implemented cease-fire RETREAT; Casus does not say which.
          code(AGREE, List.of(), "030"); // 030 Express intent to cooperate
      case ARRESTS -> fixed(COERCE, "arrest", "173"); // 173 Arrest, detain, or charge
      case HEADQUARTERS_OR_BASE_ESTABLISHED ->
          // MOBILIZE: "military or police moves that fall short of the actual use of force".
          code(MOBILIZE, List.of(), "150"); // 150 Demonstrate military or police power
      case LOOTING_PROPERTY_DESTRUCTION ->
          // PLOVER splits seizure (COERCE) from destruction (ASSAULT / destroy); CAMEO does not.
          Optional.of(PloverCode.cameoOnly("171")); // 171 Seize or damage property
      case NON_VIOLENT_TRANSFER_OF_TERRITORY ->
          // RETREAT covers "a military retreat from, or ceding, territory".
          fixed(RETREAT, "withdraw", "0874"); // 0874 Retreat or surrender militarily
      case CHANGE_TO_GROUP_ACTIVITY, // recruitment (MOBILIZE) or a curfew (COERCE): cannot tell
          DISRUPTED_WEAPONS_USE, // interception or seizure of weapons: no PLOVER category
          OTHER ->
          Optional.empty();
    };
  }

  /**
   * The PLOVER code of a kind of statement. The speaker (or the actor it speaks for) is the PLOVER
   * source.
   *
   * @param kind the statement kind
   * @return the code, or empty for {@link StatementKind#CLAIM}, {@link StatementKind#CONFIRMATION},
   *     {@link StatementKind#ASSESSMENT} (comments, which PLOVER dropped with CAMEO 01) and {@link
   *     StatementKind#VOW} (a promise to cooperate is AGREE, a promise to harm THREATEN, and Casus
   *     does not say which)
   */
  public static Optional<PloverCode> forStatementKind(StatementKind kind) {
    return switch (kind) {
      case ACCUSATION -> fixed(ACCUSE, "allege", "112"); // 112 Accuse
      case CONDEMNATION -> fixed(ACCUSE, "disapprove", "111"); // 111 Criticize or denounce
      case DENIAL ->
          // REJECT: "all rejections and refusals"; the POLECAT coder asks "whose claim was
          // rejected". REJECT's modes (assist, change, yield, meet) name what is refused: none.
          Optional.of(PloverCode.of(REJECT));
      case DEMAND, ORDER -> code(REQUEST, List.of(), "100"); // DEMAND: "all demands and orders"
      case APPEAL -> code(REQUEST, List.of(), "020"); // 020 Make an appeal or request
      case THREAT -> code(THREATEN, List.of(), "130"); // 130 Threaten
      case CONGRATULATION -> code(SUPPORT, List.of(), "051"); // 051 Praise or endorse
      case SUPPORT -> code(SUPPORT, List.of(), "050"); // 050 Engage in diplomatic cooperation
      case CLAIM_OF_RESPONSIBILITY ->
          Optional.of(PloverCode.cameoOnly("015")); // 015 Acknowledge or claim responsibility
      case DENIAL_OF_RESPONSIBILITY ->
          Optional.of(PloverCode.cameoOnly("016")); // 016 Deny responsibility
      case CLAIM, CONFIRMATION, ASSESSMENT, VOW -> Optional.empty();
    };
  }

  /**
   * The PLOVER ASSAULT mode of a means, used for the incident types whose definition leaves the
   * weapon open: missiles, rockets, artillery, mortars and heavy weapons are {@code heavy-weapons}
   * (crew-served); drones {@code drone}; crewed aircraft {@code aerial}; small arms {@code
   * firearms}; explosive devices, landmines and grenades {@code explosives}; chemical weapons
   * {@code unconventional}; suicide attacks {@code suicide-attack}; arson and melee weapons {@code
   * primitive} (fire, edged weapons, rocks).
   *
   * @param means the means
   * @return the mode, or empty for {@link Means#OTHER}
   */
  public static Optional<String> assaultMode(Means means) {
    return switch (means) {
      case MISSILE, ROCKET, ARTILLERY, MORTAR, HEAVY_WEAPONS -> Optional.of("heavy-weapons");
      case DRONE -> Optional.of("drone");
      case AIRSTRIKE -> Optional.of("aerial");
      case SMALL_ARMS -> Optional.of("firearms");
      case EXPLOSIVE_DEVICE, LANDMINE, GRENADE -> Optional.of("explosives");
      case CHEMICAL_WEAPON -> Optional.of("unconventional");
      case SUICIDE_ATTACK -> Optional.of("suicide-attack");
      case ARSON, MELEE -> Optional.of("primitive");
      case OTHER -> Optional.empty();
    };
  }

  /**
   * How precisely an event is located, written in the {@code resolution} member of a PLOVER {@code
   * event_loc}: {@code exact} (a named town or site), {@code near} (within about 25 km), {@code
   * admin2} (a district: GeoNames ADM2), {@code admin1} (a region or province: GeoNames ADM1),
   * {@code country}, {@code international} (outside any country's land).
   *
   * @param precision the location's precision
   * @return the resolution word
   */
  public static String resolution(LocationPrecision precision) {
    return switch (precision) {
      case EXACT -> "exact";
      case NEAR -> "near";
      case DISTRICT -> "admin2";
      case REGION -> "admin1";
      case COUNTRY -> "country";
      case INTERNATIONAL -> "international";
    };
  }

  private static Optional<PloverCode> airOrDroneStrike(Set<Means> means) {
    // The POLECAT coder tells drone strikes from strikes by crewed aircraft; the weapon carried
    // (a missile) does not make it a heavy-weapons attack. Neither means given: no mode.
    List<String> modes = new ArrayList<>();
    if (means.contains(Means.AIRSTRIKE)) {
      modes.add("aerial");
    }
    if (means.contains(Means.DRONE)) {
      modes.add("drone");
    }
    String cameo =
        means.contains(Means.DRONE) && !means.contains(Means.AIRSTRIKE)
            ? "1952" // 1952 Employ remotely piloted aerial munitions
            : "195"; // 195 Employ aerial weapons
    return code(ASSAULT, modes, cameo);
  }

  private static Optional<PloverCode> assault(
      Set<Means> means, String cameo, List<String> fixedModes) {
    Set<String> modes = new LinkedHashSet<>(fixedModes);
    for (Means m : Means.values()) { // declaration order, whatever the set's own order
      if (means.contains(m)) {
        assaultMode(m).ifPresent(modes::add);
      }
    }
    return code(ASSAULT, List.copyOf(modes), cameo);
  }

  private static Optional<PloverCode> fixed(PloverEventType type, String mode, String cameo) {
    return code(type, List.of(mode), cameo);
  }

  private static Optional<PloverCode> code(PloverEventType type, List<String> modes, String cameo) {
    ImmutablePloverCode.Builder b =
        PloverCode.builder().eventType(type).addAllModes(modes).cameoCode(cameo);
    if (modes.contains("unconventional")) {
      b.addContexts("cbrn"); // PLOVER context: chemical, biological, radiation, nuclear
    }
    return Optional.of(b.build());
  }
}
