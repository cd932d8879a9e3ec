package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.territory.Territory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines writing: header first, one record per \n-terminated line, record member first. */
class JsonLinesWriterTest extends CasusJsonTestBase {

  @Test
  void feedRoundTripsThroughJsonLines() throws IOException {
    Feed feed = Fixtures.feed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = json.jsonLinesWriter(out)) {
      w.writeFeed(feed);
      assertEquals(1 + feed.entityCount(), w.written());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    assertEquals(feed.entityCount() + 2, lines.length);
    assertEquals("", lines[lines.length - 1]);
    assertTrue(lines[0].startsWith(q("{'type':'feed','schemaVersion':'1.0'")), lines[0]);
    assertTrue(lines[4].startsWith(q("{'type':'incident','id':'inc-ganja','incidentType':")), lines[4]);
    assertTrue(lines[7].startsWith(q("{'type':'casualty_report','id':")), lines[7]);

    ImmutableFeed.Builder rebuilt = Feed.builder();
    List<CasusReadException> bad = new ArrayList<>();
    try (JsonLinesReader r = json.jsonLinesReader(new ByteArrayInputStream(out.toByteArray()), bad::add)) {
      r.forEachRemaining(
          rec -> {
            rec.header().ifPresent(rebuilt::from);
            rec.entity().ifPresent(e -> add(rebuilt, e));
          });
    }
    assertEquals(List.of(), bad);
    assertEquals(feed, rebuilt.build());
  }

  private static void add(ImmutableFeed.Builder b, Entity e) {
    if (e instanceof Source) {
      b.addSource((Source) e);
    } else if (e instanceof Actor) {
      b.addActor((Actor) e);
    } else if (e instanceof Territory) {
      b.addTerritory((Territory) e);
    } else if (e instanceof Incident) {
      b.addIncident((Incident) e);
    } else if (e instanceof Statement) {
      b.addStatement((Statement) e);
    } else {
      b.addCasualtyReport((CasualtyReport) e);
    }
  }

  @Test
  void headerMustComeFirst() {
    JsonLinesWriter w = json.jsonLinesWriter(new ByteArrayOutputStream());
    w.write(Fixtures.source());
    assertThrows(IllegalStateException.class, () -> w.writeHeader(Fixtures.feed().header()));
  }

  @Test
  void flushPushesCompleteLinesAndCloseClosesTheStream() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    JsonLinesWriter w = json.jsonLinesWriter(out);
    w.write(Fixtures.minimalIncident("inc-1"));
    w.flush();
    assertEquals(
        q("{'type':'incident','id':'inc-1','incidentType':'armed_clash','time':'2020-09-27/..','status':'reported'}\n"),
        out.toString(StandardCharsets.UTF_8));
    w.close();
    assertTrue(closed[0]);
  }

  @Test
  void badExtensionFailsBeforeTheRecordIsStarted() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLinesWriter w = json.jsonLinesWriter(out);
    assertThrows(
        IllegalArgumentException.class,
        () -> w.write(Fixtures.minimalIncident("i").withExtensions(java.util.Map.of("x-a", "{"))));
    w.write(Fixtures.minimalIncident("j"));
    w.flush();
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(q("{'type':'incident','id':'j'")));
  }
}
