package dev.casus.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.attribution.Certainty;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.validation.ModelValidator;
import dev.casus.core.validation.ValidationReport;
import dev.casus.examples.Captured;
import dev.casus.jackson.CasusJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildAFeed prints a pretty JSON document that reads back as the feed it built. */
class BuildAFeedTest {

  @Test
  void printsThePrettyDocumentOfTheFeed() throws Exception {
    Captured run = Captured.run(() -> BuildAFeed.main(new String[0]));

    assertEquals(CasusJson.strict().writePretty(BuildAFeed.feed()), run.out());
    assertTrue(run.out().startsWith("{\n  \"schemaVersion\": \"1.0\",\n"), run.out());
    assertTrue(run.out().contains("\"id\": \"inc-mingachevir-strike-2020-10-04\""), run.out());
    assertTrue(run.out().contains("\"text\": \"32 others\""), run.out());
    assertEquals("", run.err());
  }

  @Test
  void whatItPrintsReadsBackAsTwoIncidents() throws Exception {
    Feed read = CasusJson.strict().readFeed(Captured.run(() -> BuildAFeed.main(new String[0])).out());

    assertEquals(BuildAFeed.feed(), read);
    assertEquals(
        List.of(BuildAFeed.GANJA_STRIKE, BuildAFeed.MINGACHEVIR_STRIKE),
        read.incidents().stream().map(Incident::id).toList());
    Incident ganja = read.incident(BuildAFeed.GANJA_STRIKE).orElseThrow();
    assertEquals(
        List.of(Certainty.ALLEGED, Certainty.DENIED, Certainty.CONFIRMED),
        ganja.participants().stream().map(p -> p.certainty()).toList());
    assertEquals(8, read.entityCount());
  }

  @Test
  void theFeedItBuildsHasNoFindings() {
    ValidationReport report = ModelValidator.validate(BuildAFeed.feed());
    assertEquals(List.of(), report.findings(), report.toString());
  }

  @Test
  void everyCallBuildsAnEqualFeed() {
    assertEquals(BuildAFeed.feed(), BuildAFeed.feed());
  }
}
