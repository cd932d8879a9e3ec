package dev.casus.interop.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.statement.StatementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of {@link PloverMapping}, as documented in docs/interop-plover-geojson.md. */
class PloverMappingTest {

  /** type, means, event type ("-" none), modes, contexts, CAMEO ("-" none); "" = empty. */
  static Stream<Arguments> incidentTable() {
    return Stream.of(
        row("ARMED_CLASH", "", "ASSAULT", "", "", "190"),
        row("ARMED_CLASH", "SMALL_ARMS ARTILLERY", "ASSAULT", "heavy-weapons firearms", "", "190"),
        row("GOVERNMENT_REGAINS_TERRITORY", "HEAVY_WEAPONS", "ASSAULT", "heavy-weapons", "", "192"),
        row("NON_STATE_ACTOR_OVERTAKES_TERRITORY", "", "ASSAULT", "", "", "192"),
        row("CHEMICAL_WEAPON", "", "ASSAULT", "unconventional", "cbrn", "2041"),
        row("AIR_DRONE_STRIKE", "", "ASSAULT", "", "", "195"),
        row("AIR_DRONE_STRIKE", "AIRSTRIKE MISSILE", "ASSAULT", "aerial", "", "195"),
        row("AIR_DRONE_STRIKE", "DRONE", "ASSAULT", "drone", "", "1952"),
        row("AIR_DRONE_STRIKE", "DRONE AIRSTRIKE", "ASSAULT", "aerial drone", "", "195"),
        row("SUICIDE_BOMB", "", "ASSAULT", "suicide-attack", "", "1831"),
        row("SHELLING_ARTILLERY_MISSILE_ATTACK", "MISSILE", "ASSAULT", "heavy-weapons", "", "194"),
        row("SHELLING_ARTILLERY_MISSILE_ATTACK", "", "ASSAULT", "heavy-weapons", "", "194"),
        row("REMOTE_EXPLOSIVE_LANDMINE_IED", "", "ASSAULT", "explosives", "", "183"),
        row("GRENADE", "", "ASSAULT", "explosives", "", "180"),
        row("SEXUAL_VIOLENCE", "", "ASSAULT", "sexual", "", "1821"),
        row("ATTACK", "SMALL_ARMS", "ASSAULT", "firearms", "", "180"),
        row("ATTACK", "CHEMICAL_WEAPON", "ASSAULT", "unconventional", "cbrn", "180"),
        row("ABDUCTION_FORCED_DISAPPEARANCE", "", "ASSAULT", "abduct", "", "181"),
        row("PEACEFUL_PROTEST", "", "PROTEST", "demo", "", "141"),
        row("PROTEST_WITH_INTERVENTION", "", "PROTEST", "demo", "", "141"),
        row("EXCESSIVE_FORCE_AGAINST_PROTESTERS", "", "ASSAULT", "crowd-control", "", "175"),
        row(
            "EXCESSIVE_FORCE_AGAINST_PROTESTERS",
            "SMALL_ARMS",
            "ASSAULT",
            "crowd-control firearms",
            "",
            "175"),
        row("VIOLENT_DEMONSTRATION", "", "PROTEST", "riot", "", "145"),
        row("MOB_VIOLENCE", "MELEE ARSON", "ASSAULT", "primitive", "", "180"),
        row("AGREEMENT", "", "AGREE", "", "", "030"),
        row("ARRESTS", "", "COERCE", "arrest", "", "173"),
        row("HEADQUARTERS_OR_BASE_ESTABLISHED", "", "MOBILIZE", "", "", "150"),
        row("LOOTING_PROPERTY_DESTRUCTION", "", "-", "", "", "171"),
        row("NON_VIOLENT_TRANSFER_OF_TERRITORY", "", "RETREAT", "withdraw", "", "0874"));
  }

  static Stream<Arguments> statementTable() {
    return Stream.of(
        Arguments.of("ACCUSATION", "ACCUSE", "allege", "112"),
        Arguments.of("CONDEMNATION", "ACCUSE", "disapprove", "111"),
        Arguments.of("DENIAL", "REJECT", "", "-"),
        Arguments.of("DEMAND", "REQUEST", "", "100"),
        Arguments.of("ORDER", "REQUEST", "", "100"),
        Arguments.of("APPEAL", "REQUEST", "", "020"),
        Arguments.of("THREAT", "THREATEN", "", "130"),
        Arguments.of("CONGRATULATION", "SUPPORT", "", "051"),
        Arguments.of("SUPPORT", "SUPPORT", "", "050"),
        Arguments.of("CLAIM_OF_RESPONSIBILITY", "-", "", "015"),
        Arguments.of("DENIAL_OF_RESPONSIBILITY", "-", "", "016"));
  }

  private static final Set<IncidentType> UNMAPPED_TYPES =
      EnumSet.of(
          IncidentType.CHANGE_TO_GROUP_ACTIVITY,
          IncidentType.DISRUPTED_WEAPONS_USE,
          IncidentType.OTHER);
  private static final Set<StatementKind> UNMAPPED_KINDS =
      EnumSet.of(
          StatementKind.CLAIM,
          StatementKind.CONFIRMATION,
          StatementKind.ASSESSMENT,
          StatementKind.VOW);

  @ParameterizedTest(name = "{0} + [{1}] -> {2} {3} {4} CAMEO {5}")
  @MethodSource("incidentTable")
  void incidentTypeMapsAsDocumented(
      String type, String means, String event, String modes, String contexts, String cameo) {
    Set<Means> set = new LinkedHashSet<>();
    for (String m : words(means)) {
      set.add(Means.valueOf(m));
    }
    PloverCode code = PloverMapping.forIncidentType(IncidentType.valueOf(type), set).orElseThrow();
    assertCode(code, event, modes, contexts, cameo);
  }

  @ParameterizedTest(name = "{0} -> {1} {2} CAMEO {3}")
  @MethodSource("statementTable")
  void statementKindMapsAsDocumented(String kind, String event, String modes, String cameo) {
    PloverCode code = PloverMapping.forStatementKind(StatementKind.valueOf(kind)).orElseThrow();
    assertCode(code, event, modes, "", cameo);
  }

  @Test
  void everyIncidentTypeIsEitherInTheTableOrDeclaredUnmapped() {
    Set<IncidentType> tabled =
        incidentTable()
            .map(a -> IncidentType.valueOf((String) a.get()[0]))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(IncidentType.class)));
    for (IncidentType t : IncidentType.values()) {
      boolean unmapped = UNMAPPED_TYPES.contains(t);
      assertEquals(!unmapped, tabled.contains(t), t + " is neither tested nor declared unmapped");
      assertEquals(
          unmapped,
          PloverMapping.forIncidentType(t, EnumSet.allOf(Means.class)).isEmpty(),
          t + " mapping");
    }
  }

  @Test
  void everyStatementKindIsEitherInTheTableOrDeclaredUnmapped() {
    Set<StatementKind> tabled =
        statementTable()
            .map(a -> StatementKind.valueOf((String) a.get()[0]))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StatementKind.class)));
    for (StatementKind k : StatementKind.values()) {
      boolean unmapped = UNMAPPED_KINDS.contains(k);
      assertEquals(!unmapped, tabled.contains(k), k + " is neither tested nor declared unmapped");
      assertEquals(unmapped, PloverMapping.forStatementKind(k).isEmpty(), k + " mapping");
    }
  }

  @Test
  void claimAndDenialOfResponsibilityAreCameoOnly() {
    PloverCode claim =
        PloverMapping.forStatementKind(StatementKind.CLAIM_OF_RESPONSIBILITY).orElseThrow();
    PloverCode denial =
        PloverMapping.forStatementKind(StatementKind.DENIAL_OF_RESPONSIBILITY).orElseThrow();
    assertEquals(Optional.empty(), claim.eventType());
    assertEquals(Optional.of("015"), claim.cameoCode());
    assertEquals(Optional.empty(), denial.eventType());
    assertEquals(Optional.of("016"), denial.cameoCode());
  }

  @Test
  void assaultModeOfEveryMeans() {
    List<String> expected =
        List.of(
            "MISSILE=heavy-weapons",
            "ROCKET=heavy-weapons",
            "ARTILLERY=heavy-weapons",
            "MORTAR=heavy-weapons",
            "DRONE=drone",
            "AIRSTRIKE=aerial",
            "SMALL_ARMS=firearms",
            "HEAVY_WEAPONS=heavy-weapons",
            "EXPLOSIVE_DEVICE=explosives",
            "LANDMINE=explosives",
            "GRENADE=explosives",
            "CHEMICAL_WEAPON=unconventional",
            "SUICIDE_ATTACK=suicide-attack",
            "ARSON=primitive",
            "MELEE=primitive",
            "OTHER=-");
    List<String> actual = new ArrayList<>();
    for (Means m : Means.values()) {
      actual.add(m.name() + "=" + PloverMapping.assaultMode(m).orElse("-"));
    }
    assertEquals(expected, actual);
  }

  @Test
  void modesFollowMeansOrderWhateverTheSetOrder() {
    Set<Means> hashed = new HashSet<>(List.of(Means.SMALL_ARMS, Means.DRONE, Means.MELEE));
    PloverCode code = PloverMapping.forIncidentType(IncidentType.ARMED_CLASH, hashed).orElseThrow();
    assertEquals(List.of("drone", "firearms", "primitive"), code.modes());
  }

  @Test
  void resolutionOfEveryPrecision() {
    List<String> actual = new ArrayList<>();
    for (LocationPrecision p : LocationPrecision.values()) {
      actual.add(PloverMapping.resolution(p));
    }
    assertEquals(List.of("exact", "near", "admin2", "admin1", "country", "international"), actual);
  }

  @Test
  void quadCodesFollowTheManual() {
    assertEquals(1, PloverEventType.AGREE.quadClass().code());
    assertEquals(2, PloverEventType.RETREAT.quadClass().code());
    assertEquals(3, PloverEventType.REQUEST.quadClass().code());
    assertEquals(4, PloverEventType.ASSAULT.quadClass().code());
    assertEquals(16, PloverEventType.values().length);
  }

  @Test
  void codeNeedsAnEventTypeOrACameoCode() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PloverCode.builder().build());
    assertTrue(e.getMessage().contains("PloverCode.eventType"), e.getMessage());
    assertTrue(e.getMessage().contains("PloverCode.cameoCode"), e.getMessage());
  }

  @Test
  void cameoCodeMustBeThreeOrFourDigits() {
    for (String bad : List.of("15", "01a", "12345", " 015")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> PloverCode.cameoOnly(bad));
      assertTrue(e.getMessage().contains("PloverCode.cameoCode"), e.getMessage());
      assertTrue(e.getMessage().contains(bad), e.getMessage());
    }
  }

  @Test
  void modesAndContextsNeedAnEventType() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PloverCode.builder().cameoCode("015").addMode("demo").build());
    assertTrue(e.getMessage().contains("PloverCode.modes"), e.getMessage());
  }

  @Test
  void modesAndContextsMustBeWellFormedAndUnique() {
    IllegalArgumentException badMode =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PloverCode.builder()
                    .eventType(PloverEventType.ASSAULT)
                    .addMode("Heavy Weapons")
                    .build());
    assertTrue(badMode.getMessage().contains("PloverCode.modes"), badMode.getMessage());
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PloverCode.builder()
                    .eventType(PloverEventType.ASSAULT)
                    .addModes("firearms", "firearms")
                    .build());
    assertTrue(twice.getMessage().contains("PloverCode.modes"), twice.getMessage());
    IllegalArgumentException badContext =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PloverCode.builder().eventType(PloverEventType.ASSAULT).addContext("CBRN").build());
    assertTrue(badContext.getMessage().contains("PloverCode.contexts"), badContext.getMessage());
  }

  private static void assertCode(
      PloverCode code, String event, String modes, String contexts, String cameo) {
    assertEquals(
        event.equals("-") ? Optional.empty() : Optional.of(PloverEventType.valueOf(event)),
        code.eventType(),
        "event type");
    assertEquals(words(modes), code.modes(), "modes");
    assertEquals(words(contexts), code.contexts(), "contexts");
    assertEquals(
        cameo.equals("-") ? Optional.empty() : Optional.of(cameo), code.cameoCode(), "cameo");
  }

  private static Arguments row(
      String type, String means, String event, String modes, String contexts, String cameo) {
    return Arguments.of(type, means, event, modes, contexts, cameo);
  }

  private static List<String> words(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.trim().split(" +"));
  }
}
