package dev.casus.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EntityIdTest {

  private static final List<Function<String, EntityId>> FACTORIES =
      List.of(
          ActorId::of,
          TerritoryId::of,
          IncidentId::of,
          StatementId::of,
          CasualtyReportId::of,
          SourceId::of);

  @Test
  void everyIdTypeRejectsBlankIdsNamingItsType() {
    for (Function<String, EntityId> factory : FACTORIES) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> factory.apply(""));
      assertTrue(e.getMessage().matches("[A-Za-z]+Id\\.value must not be blank"), e.getMessage());
    }
  }

  @Test
  void idsRejectWhitespaceAndControlCharactersNamingTheIndex() {
    IllegalArgumentException space =
        assertThrows(IllegalArgumentException.class, () -> ActorId.of("act hajiyev"));
    assertEquals(
        "ActorId.value must not contain whitespace or control characters, found U+0020 at index 3"
            + " in \"act hajiyev\"",
        space.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TerritoryId.of("ter\u0000ganja"));
    assertThrows(IllegalArgumentException.class, () -> IncidentId.of("inc\u00a0x"));
    assertThrows(IllegalArgumentException.class, () -> SourceId.of("src\tx"));
  }

  @Test
  void idsAreAtMost256Characters() {
    String max = "a".repeat(IdGrammar.MAX_LENGTH);
    assertEquals(max, StatementId.of(max).value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StatementId.of(max + "a"));
    assertEquals("StatementId.value must be at most 256 characters, got 257", e.getMessage());
  }

  @Test
  void idsOfDifferentKindsWithTheSameValueAreNotEqual() {
    EntityId actor = ActorId.of("x-1");
    EntityId territory = TerritoryId.of("x-1");
    assertNotEquals(actor, territory);
    assertEquals(EntityKind.ACTOR, actor.kind());
    assertEquals(EntityKind.TERRITORY, territory.kind());
    assertEquals(ActorId.of("x-1"), actor);
    assertEquals(ActorId.of("x-1").hashCode(), actor.hashCode());
  }

  @Test
  void idsPrintAsTheirValueAndSortByIt() {
    assertEquals("act-aliyev", ActorId.of("act-aliyev").toString());
    assertTrue(ActorId.of("a").compareTo(ActorId.of("b")) < 0);
    assertEquals(EntityKind.CASUALTY_REPORT, CasualtyReportId.of("cr-1").kind());
  }

  @Test
  void grammarAcceptsUnicodeAndPunctuation() {
    assertTrue(IdGrammar.isValid("ter:Gəncə/2020"));
    assertTrue(IdGrammar.isValid("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"));
    assertTrue(!IdGrammar.isValid(" "));
  }
}
