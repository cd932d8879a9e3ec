package dev.casus.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentCodeListsTest {

  /** ACLED's event types with their exact labels, as in the ACLED codebook. */
  private static final Map<String, EventType> EVENT_TYPE_LABELS = eventTypeLabels();

  /** ACLED's sub-event types with their exact labels, as in the ACLED codebook. */
  private static final Map<String, IncidentType> SUB_EVENT_TYPE_LABELS = subEventTypeLabels();

  /**
   * The distinct (event_type, sub_event_type) pairs of a real ACLED export: Armenia, 2018-01-01 to
   * 2019-12-31, in the HDX layout. Data: Armed Conflict Location &amp; Event Data Project (ACLED),
   * acleddata.com; ACLED's terms of use apply.
   */
  private static final List<List<String>> ACLED_ARMENIA_2018_2019_LABELS =
      List.of(
          List.of("Battles", "Armed clash"),
          List.of("Protests", "Peaceful protest"),
          List.of("Explosions/Remote violence", "Shelling/artillery/missile attack"),
          List.of("Riots", "Violent demonstration"),
          List.of("Protests", "Protest with intervention"),
          List.of("Violence against civilians", "Attack"),
          List.of("Riots", "Mob violence"),
          List.of("Strategic developments", "Change to group/activity"),
          List.of("Strategic developments", "Other"),
          List.of("Explosions/Remote violence", "Remote explosive/landmine/IED"),
          List.of("Strategic developments", "Agreement"),
          List.of("Protests", "Excessive force against protesters"),
          List.of("Strategic developments", "Arrests"),
          List.of("Strategic developments", "Disrupted weapons use"),
          List.of("Strategic developments", "Looting/property destruction"),
          List.of("Explosions/Remote violence", "Air/drone strike"));

  @Test
  void eventTypeWireNamesArePinned() {
    assertEquals(
        List.of(
            "battles",
            "explosions_remote_violence",
            "violence_against_civilians",
            "protests",
            "riots",
            "strategic_developments"),
        wireNames(EventType.class));
  }

  @Test
  void incidentTypeWireNamesArePinned() {
    assertEquals(
        List.of(
            "armed_clash",
            "government_regains_territory",
            "non_state_actor_overtakes_territory",
            "chemical_weapon",
            "air_drone_strike",
            "suicide_bomb",
            "shelling_artillery_missile_attack",
            "remote_explosive_landmine_ied",
            "grenade",
            "sexual_violence",
            "attack",
            "abduction_forced_disappearance",
            "peaceful_protest",
            "protest_with_intervention",
            "excessive_force_against_protesters",
            "violent_demonstration",
            "mob_violence",
            "agreement",
            "arrests",
            "change_to_group_activity",
            "disrupted_weapons_use",
            "headquarters_or_base_established",
            "looting_property_destruction",
            "non_violent_transfer_of_territory",
            "other"),
        wireNames(IncidentType.class));
  }

  @Test
  void meansWireNamesArePinned() {
    assertEquals(
        List.of(
            "missile",
            "rocket",
            "artillery",
            "mortar",
            "drone",
            "airstrike",
            "small_arms",
            "heavy_weapons",
            "explosive_device",
            "landmine",
            "grenade",
            "chemical_weapon",
            "suicide_attack",
            "arson",
            "melee",
            "other"),
        wireNames(Means.class));
  }

  @Test
  void targetCategoryWireNamesArePinned() {
    assertEquals(
        List.of(
            "residential",
            "civilian_infrastructure",
            "energy_infrastructure",
            "water_infrastructure",
            "transport",
            "medical",
            "education",
            "religious_site",
            "cultural_property",
            "commercial",
            "government",
            "military",
            "civilians",
            "other"),
        wireNames(TargetCategory.class));
  }

  @Test
  void incidentStatusWireNamesArePinned() {
    assertEquals(
        List.of("reported", "confirmed", "disputed", "retracted"),
        wireNames(IncidentStatus.class));
  }

  @Test
  void participantRoleWireNamesArePinned() {
    assertEquals(
        List.of("perpetrator", "target", "participant", "associate", "intervener", "victim"),
        wireNames(ParticipantRole.class));
  }

  @Test
  void everyConstantRoundTripsThroughItsWireName() {
    assertRoundTrip(EventType.class);
    assertRoundTrip(IncidentType.class);
    assertRoundTrip(Means.class);
    assertRoundTrip(TargetCategory.class);
    assertRoundTrip(IncidentStatus.class);
    assertRoundTrip(ParticipantRole.class);
  }

  @Test
  void eventTypeLabelsBothWays() {
    assertEquals(EventType.values().length, EVENT_TYPE_LABELS.size());
    EVENT_TYPE_LABELS.forEach(
        (label, type) -> {
          assertEquals(label, type.acledLabel());
          assertEquals(Optional.of(type), EventType.fromAcledLabel(label));
        });
  }

  @Test
  void eventTypeLabelsToleratesCaseAndSurroundingSpace() {
    assertEquals(
        Optional.of(EventType.EXPLOSIONS_REMOTE_VIOLENCE),
        EventType.fromAcledLabel("explosions/remote violence"));
    assertEquals(
        Optional.of(EventType.STRATEGIC_DEVELOPMENTS),
        EventType.fromAcledLabel(" STRATEGIC DEVELOPMENTS "));
  }

  @Test
  void unknownEventTypeLabelsGiveEmpty() {
    assertEquals(Optional.empty(), EventType.fromAcledLabel("Remote violence"));
    assertEquals(Optional.empty(), EventType.fromAcledLabel("Battle"));
    assertEquals(Optional.empty(), EventType.fromAcledLabel(""));
  }

  @Test
  void incidentTypeLabelsBothWays() {
    assertEquals(IncidentType.values().length, SUB_EVENT_TYPE_LABELS.size());
    SUB_EVENT_TYPE_LABELS.forEach(
        (label, type) -> {
          assertEquals(label, type.acledLabel());
          assertEquals(Optional.of(type), IncidentType.fromAcledLabel(label));
        });
  }

  @Test
  void incidentTypesBelongToTheirAcledEventType() {
    assertEquals(EventType.BATTLES, IncidentType.ARMED_CLASH.eventType());
    assertEquals(EventType.BATTLES, IncidentType.GOVERNMENT_REGAINS_TERRITORY.eventType());
    assertEquals(EventType.BATTLES, IncidentType.NON_STATE_ACTOR_OVERTAKES_TERRITORY.eventType());
    for (IncidentType type :
        List.of(
            IncidentType.CHEMICAL_WEAPON,
            IncidentType.AIR_DRONE_STRIKE,
            IncidentType.SUICIDE_BOMB,
            IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK,
            IncidentType.REMOTE_EXPLOSIVE_LANDMINE_IED,
            IncidentType.GRENADE)) {
      assertEquals(EventType.EXPLOSIONS_REMOTE_VIOLENCE, type.eventType(), type.name());
    }
    for (IncidentType type :
        List.of(
            IncidentType.SEXUAL_VIOLENCE,
            IncidentType.ATTACK,
            IncidentType.ABDUCTION_FORCED_DISAPPEARANCE)) {
      assertEquals(EventType.VIOLENCE_AGAINST_CIVILIANS, type.eventType(), type.name());
    }
    for (IncidentType type :
        List.of(
            IncidentType.PEACEFUL_PROTEST,
            IncidentType.PROTEST_WITH_INTERVENTION,
            IncidentType.EXCESSIVE_FORCE_AGAINST_PROTESTERS)) {
      assertEquals(EventType.PROTESTS, type.eventType(), type.name());
    }
    assertEquals(EventType.RIOTS, IncidentType.VIOLENT_DEMONSTRATION.eventType());
    assertEquals(EventType.RIOTS, IncidentType.MOB_VIOLENCE.eventType());
    for (IncidentType type :
        List.of(
            IncidentType.AGREEMENT,
            IncidentType.ARRESTS,
            IncidentType.CHANGE_TO_GROUP_ACTIVITY,
            IncidentType.DISRUPTED_WEAPONS_USE,
            IncidentType.HEADQUARTERS_OR_BASE_ESTABLISHED,
            IncidentType.LOOTING_PROPERTY_DESTRUCTION,
            IncidentType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
            IncidentType.OTHER)) {
      assertEquals(EventType.STRATEGIC_DEVELOPMENTS, type.eventType(), type.name());
    }
  }

  @Test
  void everyLabelPairInTheAcledArmeniaSampleParses() {
    for (List<String> pair : ACLED_ARMENIA_2018_2019_LABELS) {
      Optional<EventType> eventType = EventType.fromAcledLabel(pair.get(0));
      Optional<IncidentType> incidentType = IncidentType.fromAcledLabel(pair.get(1));
      assertTrue(eventType.isPresent(), pair.toString());
      assertTrue(incidentType.isPresent(), pair.toString());
      assertEquals(eventType.get(), incidentType.get().eventType(), pair.toString());
      assertEquals(pair.get(1), incidentType.get().acledLabel(), pair.toString());
    }
  }

  @Test
  void incidentTypeLabelsTolerateCaseAndSurroundingSpace() {
    assertEquals(Optional.of(IncidentType.ARMED_CLASH), IncidentType.fromAcledLabel("ARMED CLASH"));
    assertEquals(
        Optional.of(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK),
        IncidentType.fromAcledLabel("shelling/artillery/missile attack"));
    assertEquals(
        Optional.of(IncidentType.REMOTE_EXPLOSIVE_LANDMINE_IED),
        IncidentType.fromAcledLabel("Remote explosive/landmine/ied\n"));
    assertEquals(Optional.of(IncidentType.OTHER), IncidentType.fromAcledLabel(" other"));
  }

  @Test
  void unknownIncidentTypeLabelsGiveEmpty() {
    assertEquals(Optional.empty(), IncidentType.fromAcledLabel("Armed clashes"));
    assertEquals(Optional.empty(), IncidentType.fromAcledLabel("armed_clash"));
    assertEquals(Optional.empty(), IncidentType.fromAcledLabel("Battles"));
    assertEquals(Optional.empty(), IncidentType.fromAcledLabel(""));
  }

  private static Map<String, EventType> eventTypeLabels() {
    Map<String, EventType> labels = new LinkedHashMap<>();
    labels.put("Battles", EventType.BATTLES);
    labels.put("Explosions/Remote violence", EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    labels.put("Violence against civilians", EventType.VIOLENCE_AGAINST_CIVILIANS);
    labels.put("Protests", EventType.PROTESTS);
    labels.put("Riots", EventType.RIOTS);
    labels.put("Strategic developments", EventType.STRATEGIC_DEVELOPMENTS);
    return labels;
  }

  private static Map<String, IncidentType> subEventTypeLabels() {
    Map<String, IncidentType> labels = new LinkedHashMap<>();
    labels.put("Armed clash", IncidentType.ARMED_CLASH);
    labels.put("Government regains territory", IncidentType.GOVERNMENT_REGAINS_TERRITORY);
    labels.put(
        "Non-state actor overtakes territory", IncidentType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    labels.put("Chemical weapon", IncidentType.CHEMICAL_WEAPON);
    labels.put("Air/drone strike", IncidentType.AIR_DRONE_STRIKE);
    labels.put("Suicide bomb", IncidentType.SUICIDE_BOMB);
    labels.put(
        "Shelling/artillery/missile attack", IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK);
    labels.put("Remote explosive/landmine/IED", IncidentType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    labels.put("Grenade", IncidentType.GRENADE);
    labels.put("Sexual violence", IncidentType.SEXUAL_VIOLENCE);
    labels.put("Attack", IncidentType.ATTACK);
    labels.put("Abduction/forced disappearance", IncidentType.ABDUCTION_FORCED_DISAPPEARANCE);
    labels.put("Peaceful protest", IncidentType.PEACEFUL_PROTEST);
    labels.put("Protest with intervention", IncidentType.PROTEST_WITH_INTERVENTION);
    labels.put(
        "Excessive force against protesters", IncidentType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
    labels.put("Violent demonstration", IncidentType.VIOLENT_DEMONSTRATION);
    labels.put("Mob violence", IncidentType.MOB_VIOLENCE);
    labels.put("Agreement", IncidentType.AGREEMENT);
    labels.put("Arrests", IncidentType.ARRESTS);
    labels.put("Change to group/activity", IncidentType.CHANGE_TO_GROUP_ACTIVITY);
    labels.put("Disrupted weapons use", IncidentType.DISRUPTED_WEAPONS_USE);
    labels.put("Headquarters or base established", IncidentType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    labels.put("Looting/property destruction", IncidentType.LOOTING_PROPERTY_DESTRUCTION);
    labels.put(
        "Non-violent transfer of territory", IncidentType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    labels.put("Other", IncidentType.OTHER);
    return labels;
  }

  private static <E extends Enum<E> & CodeList> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(CodeList::wireName).toList();
  }

  private static <E extends Enum<E> & CodeList> void assertRoundTrip(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      assertEquals(Optional.of(constant), CodeList.fromWireName(type, constant.wireName()));
      assertEquals(Optional.empty(), CodeList.fromWireName(type, constant.name() + "_x"));
    }
  }
}
