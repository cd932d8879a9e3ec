package dev.casus.examples.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The summary a person reads: counts, incidents, casualty figures and contested attributions. */
class FeedSummaryTest {

  private final Feed feed = KarabakhFeed.build();
  private final String summary = FeedSummary.render(feed);

  @Test
  void countsEachKindOfEntity() {
    assertTrue(summary.contains("Entities: " + feed.entityCount() + "\n"), summary);
    assertTrue(summary.contains("  " + feed.sources().size() + " sources\n"));
    assertTrue(summary.contains("  " + feed.actors().size() + " actors\n"));
    assertTrue(summary.contains("  " + feed.territories().size() + " territories\n"));
    assertTrue(summary.contains("  " + feed.incidents().size() + " incidents\n"));
    assertTrue(summary.contains("  " + feed.statements().size() + " statements\n"));
    assertTrue(summary.contains("  " + feed.casualtyReports().size() + " casualty reports\n"));
  }

  @Test
  void showsTheThreeAttributionsOfTheGanjaStrikeSideBySide() {
    String ganja = block("inc-ganja-strike-2020-10-04 (Ganja, 2020-10-04), who was the perpetrator?");
    assertTrue(ganja.contains("ALLEGED  Armenia\n"), ganja);
    assertTrue(ganja.contains("DENIED   Armenia\n"), ganja);
    assertTrue(ganja.contains("CLAIMED  Nagorno-Karabakh authorities\n"), ganja);
    assertTrue(ganja.contains("Hikmet Hajiyev, accusation by tweet, 2020-10-04"), ganja);
    assertTrue(
        ganja.contains("\"Armenia\u2019s massive missile attacks against dense residential areas\""));
    assertTrue(
        ganja.contains(
            "Shushan Stepanian for Armenian Defence Ministry, denial by facebook post"));
    assertTrue(ganja.contains("\"no fire was opened from Armenia in the direction of Azerbaijan\""));
    assertTrue(ganja.contains("Arayik Harutyunyan for Nagorno-Karabakh authorities"));
    assertTrue(ganja.contains("\"rocket attacks to neutralise military objects\""));
    // alleged, then denied, then claimed: the order of the participants in the feed
    assertTrue(ganja.indexOf("ALLEGED") < ganja.indexOf("DENIED"));
    assertTrue(ganja.indexOf("DENIED") < ganja.indexOf("CLAIMED"));
  }

  @Test
  void listsEachIncidentWithTimePlaceAndWhoSaidSo() {
    assertTrue(summary.contains("Shelling/artillery/missile attack, 2020-10-04, disputed\n"));
    assertTrue(summary.contains("where: Ganja (exact, dense residential areas)\n"));
    assertTrue(summary.contains("Armed clash, 2020-09-27/.., confirmed\n"));
    assertTrue(
        summary.contains(
            "perpetrator  Nagorno-Karabakh authorities   claimed   per Arayik Harutyunyan"
                + " (st-harutyunyan-rocket-attacks)\n"),
        summary);
  }

  @Test
  void listsCasualtyFiguresWithWhoReportedThem() {
    String ganja = block("cr-ganja-authorities about inc-ganja-strike-2020-10-04");
    assertTrue(ganja.contains("reported by Azerbaijani authorities, as of 2020-10-04"), ganja);
    assertTrue(ganja.contains("killed, civilian, Azerbaijan: 1 (\"One civilian\")\n"));
    assertTrue(ganja.contains("injured, civilian, Azerbaijan: 32 (\"32 others\")\n"));
    assertTrue(summary.contains("killed, unknown: at least 24 (\"dozens\")\n"));
  }

  @Test
  void listsJabrayilsChangeOfControl() {
    assertTrue(
        summary.contains(
            "Jabrayil: controlled by Azerbaijan, 2020-10-04/.. (claimed; per Ilham Aliyev,"
                + " st-aliyev-jabrayil)\n"),
        summary);
  }

  @Test
  void estimatesAreWrittenInWords() {
    assertEquals("32", FeedSummary.estimate(Estimate.exactly(32)));
    assertEquals(
        "at least 24 (\"dozens\")", FeedSummary.estimate(Estimate.atLeast(24).withText("dozens")));
    assertEquals("at most 7", FeedSummary.estimate(Estimate.atMost(7)));
    assertEquals("3 to 5", FeedSummary.estimate(Estimate.between(3, 5)));
    assertEquals("about 50 (40 to 60)", FeedSummary.estimate(Estimate.between(40, 50, 60)));
    assertEquals("about 50", FeedSummary.estimate(Estimate.approximately(50)));
    assertEquals("an unknown number", FeedSummary.estimate(Estimate.builder().build()));
  }

  @Test
  void aFeedWithoutContestsSaysSoAndUnknownIdsArePrintedAsIds() {
    Feed small =
        Feed.builder()
            .producer("test")
            .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
            .addIncident(
                Incident.builder()
                    .id(IncidentId.of("inc-1"))
                    .type(IncidentType.ARMED_CLASH)
                    .time(EdtfTime.parse("2020-09-27/.."))
                    .addParticipant(
                        Participant.of(
                            ActorId.of("act-elsewhere"),
                            ParticipantRole.PARTICIPANT,
                            Certainty.CONFIRMED))
                    .build())
            .build();
    String text = FeedSummary.render(small);
    assertTrue(text.contains("Contested attributions\n  (none)\n"), text);
    assertTrue(text.contains("act-elsewhere"), text);
    assertTrue(text.contains("(no statement cited)"), text);
  }

  /** The lines from the one starting with {@code first} up to the next line at the same depth. */
  private String block(String first) {
    int start = summary.indexOf(first);
    assertTrue(start >= 0, "no \"" + first + "\" in\n" + summary);
    int lineStart = summary.lastIndexOf('\n', start) + 1;
    String indent = summary.substring(lineStart, start);
    int end = start;
    while (true) {
      end = summary.indexOf('\n', end) + 1;
      if (end == 0 || end >= summary.length()) {
        return summary.substring(start);
      }
      String next = summary.substring(end);
      boolean deeper = next.startsWith(indent + " ");
      if (!deeper) {
        return summary.substring(start, end);
      }
    }
  }
}
