package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.statement.StatementId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming checks keep ids as bytes in an arena and references, links and places in arrays;
 * these tests pin that down for ids beyond ASCII, for many ids, and for positions of both kinds.
 */
class CompactIndexTest {

  /** Ids of every width: ASCII, two and three bytes a unit, a surrogate pair, U+0000. */
  private static final List<String> IDS =
      List.of("act-aze", "Gəncə", "Ստեփանակերտ", "東京", "x🚀y", "🇦🇿", "a\u0000b", "", "a", "ab");

  @Test
  void theArenaKeepsEveryIdExactly() {
    IdArena arena = new IdArena();
    List<int[]> spans = new ArrayList<>();
    for (String id : IDS) {
      int from = arena.append(id);
      spans.add(new int[] {from, arena.size()});
    }
    for (int i = 0; i < IDS.size(); i++) {
      int[] span = spans.get(i);
      assertEquals(IDS.get(i), arena.id(span[0], span[1]));
      for (int j = 0; j < IDS.size(); j++) {
        assertEquals(i == j, arena.matches(span[0], span[1], IDS.get(j)), IDS.get(i) + " vs " + IDS.get(j));
        int[] other = spans.get(j);
        assertEquals(i == j, arena.matches(span[0], span[1], arena, other[0], other[1]));
      }
    }
    // a prefix or an extension of an id is another id
    int[] ab = spans.get(IDS.indexOf("ab"));
    assertFalse(arena.matches(ab[0], ab[1], "a"));
    assertFalse(arena.matches(ab[0], ab[1], "abc"));
  }

  @Test
  void manyIdsAreFoundAndDuplicatesNameTheirFirstRecord() {
    IdIndex index = new IdIndex();
    int n = 50_000;
    for (int i = 0; i < n; i++) {
      assertNull(index.register(EntityKind.ACTOR, "act-" + i + "-ə", RecordPosition.onLine(i + 1)));
    }
    for (int i = 0; i < n; i++) {
      assertTrue(index.contains(EntityKind.ACTOR, "act-" + i + "-ə"));
      assertFalse(index.contains(EntityKind.INCIDENT, "act-" + i + "-ə"));
    }
    assertFalse(index.contains(EntityKind.ACTOR, "act-" + n + "-ə"));
    assertEquals(
        RecordPosition.onLine(1234), index.register(EntityKind.ACTOR, "act-1233-ə", RecordPosition.onLine(9)));
    RecordPosition inDocument = RecordPosition.inDocument("/actors/7", 7);
    assertNull(index.register(EntityKind.SOURCE, "src-7", inDocument));
    assertEquals(inDocument, index.register(EntityKind.SOURCE, "src-7", RecordPosition.onLine(3)));
  }

  @Test
  void aLinkedIdIsNotDeclaredUntilAnEntityHasIt() {
    IdIndex index = new IdIndex();
    int handle = index.handle(EntityKind.INCIDENT, "inc-later");
    assertFalse(index.contains(EntityKind.INCIDENT, "inc-later"));
    assertEquals("inc-later", index.id(EntityKind.INCIDENT, handle));
    assertNull(index.register(EntityKind.INCIDENT, "inc-later", RecordPosition.onLine(5)));
    assertTrue(index.contains(EntityKind.INCIDENT, "inc-later"));
    assertEquals(handle, index.handle(EntityKind.INCIDENT, "inc-later"));
  }

  @Test
  void referencesAndCyclesWithIdsBeyondAsciiAreReportedWithTheirIds() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.accept(actor("Gəncə-act"), RecordPosition.onLine(1));
    checks.accept(
        incident("inc-🚀-1")
            .partOf(IncidentId.of("inc-東-2"))
            .addParticipant(
                Participant.of(ActorId.of("Ստեփան"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
            .build(),
        RecordPosition.onLine(2));
    checks.accept(
        incident("inc-東-2").partOf(IncidentId.of("inc-🚀-1")).build(), RecordPosition.onLine(3));
    ValidationReport report = checks.finish();
    List<String> messages = new ArrayList<>();
    report.findings().forEach(f -> messages.add(f.line().orElseThrow() + " " + f.code().wireName() + " " + f.pointer() + " " + f.message()));
    assertEquals(2, messages.size(), messages::toString);
    assertTrue(
        messages.contains(
            "2 unresolved_reference /participants/0/actor no actor with id \"Ստեփան\" in the feed;"
                + " add the actor, correct the id, or declare the feed \"partial\": true if it is"
                + " published elsewhere"),
        messages::toString);
    assertTrue(
        messages.contains(
            "2 incident_cycle /partOf incident partOf links form a cycle: inc-🚀-1 -> inc-東-2 ->"
                + " inc-🚀-1; nothing can be part of itself, so correct or remove one of these links"),
        messages::toString);
  }

  @Test
  void forwardReferencesDroppedOnceResolvedLeaveTheSameFindings() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict().limitedTo(10_000));
    checks.accept(actor("act-1"), RecordPosition.onLine(1));
    int n = 3_000;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      acceptIncidentCiting(checks, i, expected, i % 2 == 1);
    }
    // the statements for even i arrive after those incidents: their references resolve late, and
    // the incidents after them make the kept references be compacted (at 4096 kept)
    for (int i = 0; i < n; i += 2) {
      checks.accept(statement("st-" + i, "act-1").build(), RecordPosition.onLine(100_000 + i));
    }
    for (int i = n; i < 2 * n; i++) {
      acceptIncidentCiting(checks, i, expected, true);
    }
    ValidationReport report = checks.finish();
    List<String> actual = new ArrayList<>();
    for (Finding f : report.findings()) {
      String id = f.message().substring(f.message().indexOf('"') + 1, f.message().indexOf("\" in"));
      actual.add(f.line().orElseThrow() + " " + f.code().wireName() + " " + f.pointer() + " " + id);
    }
    assertEquals(expected, actual);
  }

  /**
   * An incident whose participant cites statement {@code st-i}, at record {@code 10 + 2i}; every
   * third one at a position whose line is not its ordinal (kept aside by the place list).
   */
  private static void acceptIncidentCiting(
      StreamingChecks checks, int i, List<String> expected, boolean unresolved) {
    boolean odd = i % 3 == 0;
    RecordPosition at =
        odd
            ? RecordPosition.builder().pointer("/x/" + i).ordinal(10 + 2L * i).line(50_000 + i).build()
            : RecordPosition.onLine(10 + 2L * i);
    checks.accept(
        incident("inc-" + i)
            .addParticipant(
                Participant.builder()
                    .actor(ActorId.of("act-1"))
                    .role(ParticipantRole.PERPETRATOR)
                    .certainty(Certainty.CLAIMED)
                    .addAttributedIn(StatementId.of("st-" + i))
                    .build())
            .build(),
        at);
    if (unresolved) {
      String pointer = (odd ? "/x/" + i : "") + "/participants/0/attributedIn/0";
      long line = odd ? 50_000 + i : 10 + 2L * i;
      expected.add(line + " unresolved_reference " + pointer + " st-" + i);
    }
  }
}
