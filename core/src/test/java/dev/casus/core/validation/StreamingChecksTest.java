package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.actor;
import static dev.casus.core.validation.Fixtures.incident;
import static dev.casus.core.validation.Fixtures.time;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** JSON Lines-style validation: one record at a time, with line numbers. */
class StreamingChecksTest {

  /** An entity with the pointer it has in a feed document. */
  private record Entry(Entity entity, String pointer) {}

  /** The feed's entities, in feed member order, with their document pointers. */
  private static List<List<Entry>> blocks(Feed feed) {
    return List.of(
        entries("sources", feed.sources()),
        entries("actors", feed.actors()),
        entries("territories", feed.territories()),
        entries("incidents", feed.incidents()),
        entries("statements", feed.statements()),
        entries("casualtyReports", feed.casualtyReports()));
  }

  private static List<Entry> entries(String member, List<? extends Entity> entities) {
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      entries.add(new Entry(entities.get(i), "/" + member + "/" + i));
    }
    return entries;
  }

  /** Streams the entries as a JSON Lines feed: the header on line 1, a record per line after. */
  private static ValidationReport stream(Feed feed, List<Entry> entries, Map<Long, String> lines) {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.header(feed.header());
    long line = 2;
    for (Entry entry : entries) {
      lines.put(line, entry.pointer());
      checks.accept(entry.entity(), RecordPosition.onLine(line++));
    }
    return checks.finish();
  }

  /** A finding as the in-memory check reports it: document pointer, no line. */
  private static String inDocument(Finding f, Map<Long, String> lines) {
    String prefix = lines.get(f.line().orElseThrow());
    return f.severity()
        + " "
        + f.code().wireName()
        + " "
        + prefix
        + f.pointer()
        + " "
        + f.message();
  }

  private static String inMemory(Finding f) {
    assertEquals(OptionalLong.empty(), f.line());
    return f.severity() + " " + f.code().wireName() + " " + f.pointer() + " " + f.message();
  }

  @Test
  void streamingGivesTheSameFindingsAsTheInMemoryCheckWithLineNumbers() {
    Feed feed = ManyProblemsFeed.feed();
    Map<Long, String> lines = new HashMap<>();
    List<Entry> entries = blocks(feed).stream().flatMap(List::stream).toList();
    ValidationReport streamed = stream(feed, entries, lines);
    ValidationReport inMemory = ModelValidator.validate(feed);

    assertEquals(
        inMemory.findings().stream().map(StreamingChecksTest::inMemory).toList(),
        streamed.findings().stream().map(f -> inDocument(f, lines)).toList());
    assertEquals(ManyProblemsFeed.EXPECTED.size(), streamed.findings().size());
    Finding speaker = streamed.findings().get(13);
    assertEquals("/speaker", speaker.pointer());
    assertEquals("/statements/0", lines.get(speaker.line().orElseThrow()));
    assertEquals(feed.entityCount(), streamed.recordsRead());
  }

  @Test
  void recordsInAnyOrderGiveTheSameFindings() {
    Feed feed = ManyProblemsFeed.feed();
    List<List<Entry>> blocks = new ArrayList<>(blocks(feed));
    Collections.reverse(blocks);
    Map<Long, String> lines = new HashMap<>();
    ValidationReport streamed = stream(feed, blocks.stream().flatMap(List::stream).toList(), lines);
    List<String> expected =
        ModelValidator.validate(feed).findings().stream()
            .map(StreamingChecksTest::inMemory)
            .sorted()
            .toList();
    assertEquals(
        expected, streamed.findings().stream().map(f -> inDocument(f, lines)).sorted().toList());
  }

  @Test
  void theSeedFeedStreamsWithoutFindings() {
    Feed feed = SeedFeed.feed();
    ValidationReport report =
        stream(feed, blocks(feed).stream().flatMap(List::stream).toList(), new HashMap<>());
    assertEquals(List.of(), report.findings());
  }

  @Test
  void duplicateIdsAreFoundPerKindWithTheLineOfTheFirstUse() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.header(Fixtures.feed().build());
    checks.accept(incident("inc-ganja").build(), RecordPosition.onLine(2));
    checks.accept(actor("inc-ganja"), RecordPosition.onLine(3));
    checks.accept(incident("inc-ganja").time(time("2020-10-03")).build(), RecordPosition.onLine(4));
    ValidationReport report = checks.finish();
    assertEquals(1, report.findings().size());
    Finding duplicate = report.findings().get(0);
    assertEquals(FindingCode.DUPLICATE_ID, duplicate.code());
    assertEquals(Severity.ERROR, duplicate.severity());
    assertEquals("/id", duplicate.pointer());
    assertEquals(OptionalLong.of(4), duplicate.line());
    assertEquals(
        "incident id \"inc-ganja\" is already used by the incident at line 2; ids must be unique"
            + " per entity kind: rename one of them",
        duplicate.message());
  }

  @Test
  void duplicateIdsInADocumentNameThePointerOfTheFirstUse() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.accept(incident("inc-ganja").build(), RecordPosition.inDocument("/incidents/0", 0));
    checks.accept(incident("inc-ganja").build(), RecordPosition.inDocument("/incidents/1", 1));
    Finding duplicate = checks.finish().findings().get(0);
    assertEquals("/incidents/1/id", duplicate.pointer());
    assertTrue(
        duplicate.message().contains("by the incident at /incidents/0;"), duplicate.message());
  }

  @Test
  void withoutAHeaderDatesAreNotComparedWithTheFeedAndReferencesMustResolve() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.accept(
        incident("inc-future")
            .time(time("2999-01-01"))
            .partOf(IncidentId.of("inc-elsewhere"))
            .build(),
        RecordPosition.onLine(1));
    ValidationReport report = checks.finish();
    assertEquals(List.of("unresolved_reference /partOf"), Fixtures.codesAndPointers(report));
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
  }

  @Test
  void readerFindingsAndModelFindingsShareOneCollectorInLineOrder() {
    ValidationReport.Collector collector = ValidationReport.collector(ValidationProfile.strict());
    StreamingChecks checks = new StreamingChecks(collector);
    checks.accept(
        incident("inc-1").partOf(IncidentId.of("inc-9")).build(), RecordPosition.onLine(1));
    collector.add(
        Finding.builder()
            .from(Finding.of(FindingCode.SYNTAX, "", "unexpected end of line"))
            .line(2)
            .column(7)
            .build(),
        2,
        -1);
    collector.countRecord();
    checks.accept(incident("inc-3").build(), RecordPosition.onLine(3));
    ValidationReport report = checks.finish();
    assertEquals(
        List.of("unresolved_reference /partOf", "syntax "), Fixtures.codesAndPointers(report));
    assertEquals(3, report.recordsRead());
  }

  @Test
  void theHeaderComesFirstAndOnlyOnce() {
    StreamingChecks afterRecord = StreamingChecks.start(ValidationProfile.strict());
    afterRecord.accept(incident("inc-1").build(), RecordPosition.onLine(1));
    Feed header = Fixtures.feed().build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> afterRecord.header(header));
    assertEquals(
        "StreamingChecks.header must come first, before any record and only once", e.getMessage());

    StreamingChecks twice = StreamingChecks.start(ValidationProfile.strict());
    twice.header(header);
    assertThrows(IllegalStateException.class, () -> twice.header(header));
  }

  @Test
  void nothingIsAcceptedAfterFinish() {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    checks.finish();
    Incident incident = incident("inc-1").build();
    RecordPosition line = RecordPosition.onLine(1);
    IllegalStateException accept =
        assertThrows(IllegalStateException.class, () -> checks.accept(incident, line));
    assertEquals("StreamingChecks.accept called after finish()", accept.getMessage());
    IllegalStateException finish = assertThrows(IllegalStateException.class, checks::finish);
    assertEquals("StreamingChecks.finish called twice", finish.getMessage());
  }

  @Test
  void onlyTheModelsEntitiesAreAccepted() {
    Entity foreign =
        new Entity() {
          @Override
          public EntityId id() {
            return ActorId.of("act-foreign");
          }

          @Override
          public Map<String, String> extensions() {
            return Map.of();
          }
        };
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    RecordPosition line = RecordPosition.onLine(1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> checks.accept(foreign, line));
    assertTrue(e.getMessage().startsWith("not an entity of the Casus model: "), e.getMessage());
  }

  @Test
  void acceptedEntitiesAreNotHeld() throws InterruptedException {
    StreamingChecks checks = StreamingChecks.start(ValidationProfile.strict());
    WeakReference<Incident> accepted = acceptAndForget(checks);
    for (int i = 0; i < 50 && accepted.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(accepted.get(), "the checks must keep ids, references and dates, not entities");
    ValidationReport report = checks.finish();
    assertEquals(
        List.of("unresolved_reference /participants/0/actor", "unresolved_reference /partOf"),
        Fixtures.codesAndPointers(report));
    assertFalse(report.isValid());
  }

  private static WeakReference<Incident> acceptAndForget(StreamingChecks checks) {
    Incident incident =
        incident("inc-ganja")
            .addParticipant(
                Participant.of(
                    ActorId.of("act-arm"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
            .partOf(IncidentId.of("inc-clashes"))
            .summary("x".repeat(100_000))
            .build();
    checks.accept(incident, RecordPosition.onLine(1));
    return new WeakReference<>(incident);
  }

  @Test
  void pointersOfStreamedFindingsAreRelativeToTheRecord() {
    Map<Long, String> lines = new HashMap<>();
    Feed feed = ManyProblemsFeed.feed();
    ValidationReport streamed =
        stream(feed, blocks(feed).stream().flatMap(List::stream).toList(), lines);
    assertTrue(
        streamed.findings().stream()
            .map(Finding::pointer)
            .collect(Collectors.toSet())
            .containsAll(List.of("", "/time", "/parent", "/subjects/1", "/figures/0/side")));
  }
}
