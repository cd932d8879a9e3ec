package dev.casus.examples.build;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import dev.casus.jackson.CasusJson;
import java.time.Instant;

/**
 * Builds a two-incident feed with the builders and writes it to standard output as a pretty JSON
 * document: the smallest complete example of producing Casus data.
 *
 * <p>Every entity has a typed id, and entities refer to each other by id only: the incidents name
 * the territory where they happened and the actor said to be responsible, the casualty report
 * names its incident. Invariants are checked as each object is built, so a mistake (a latitude of
 * 91, a blank id, {@code low > high}) fails at once with a message naming the field.
 *
 * <pre>{@code
 * java -cp <classpath> dev.casus.examples.build.BuildAFeed > two-strikes.casus.json
 * }</pre>
 */
public final class BuildAFeed {

  // Ids first: typed, so an ActorId cannot be passed where a TerritoryId is expected.
  static final SourceId ARTICLE = SourceId.of("src-trt-2020-10-04");
  static final ActorId AZERBAIJAN = ActorId.of("act-azerbaijan");
  static final ActorId ARMENIA = ActorId.of("act-armenia");
  static final TerritoryId GANJA = TerritoryId.of("ter-ganja");
  static final TerritoryId MINGACHEVIR = TerritoryId.of("ter-mingachevir");
  static final IncidentId GANJA_STRIKE = IncidentId.of("inc-ganja-strike-2020-10-04");
  static final IncidentId MINGACHEVIR_STRIKE = IncidentId.of("inc-mingachevir-strike-2020-10-04");

  private BuildAFeed() {}

  /**
   * Builds the feed and writes it to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Feed feed = feed();
    // Pretty output: two-space indentation, one member a line, a final newline.
    // CasusJson.strict() would write the same feed compact, on one line.
    CasusJson.builder().pretty(true).build().writeFeed(feed, System.out);
  }

  /**
   * The example feed: one article, two states, two cities and the two missile strikes of Sunday
   * 2020-10-04 it reports, with the casualty figures for Ganja.
   *
   * @return the feed; every call returns an equal one
   */
  public static Feed feed() {
    Source article =
        Source.builder()
            .id(ARTICLE)
            .kind(SourceKind.NEWS_ARTICLE)
            .publisher("TRT World")
            .byline("TRTWorld and agencies")
            .published(EdtfTime.parse("2020-10-04"))
            .build();

    Actor azerbaijan =
        Actor.builder().id(AZERBAIJAN).kind(ActorKind.STATE).name(Name.of("Azerbaijan")).build();
    Actor armenia =
        Actor.builder().id(ARMENIA).kind(ActorKind.STATE).name(Name.of("Armenia")).build();

    Territory ganja =
        Territory.builder()
            .id(GANJA)
            .kind(TerritoryKind.CITY)
            .name(Name.of("Ganja"))
            .addAlias(Name.of("Gəncə", "az")) // names keep their language
            .point(GeoPoint.of(40.6828, 46.3606)) // latitude, longitude
            .build();
    Territory mingachevir =
        Territory.builder()
            .id(MINGACHEVIR)
            .kind(TerritoryKind.CITY)
            .name(Name.of("Mingachevir"))
            .point(GeoPoint.of(40.7703, 47.0496))
            .build();

    Incident ganjaStrike =
        Incident.builder()
            .id(GANJA_STRIKE)
            .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
            .time(EdtfTime.parse("2020-10-04")) // EDTF: a day; "2020-10" would be a month
            .addLocation(Location.of(GANJA, LocationPrecision.EXACT))
            // Azerbaijan says Armenia fired; Armenia denies it. Both claims are kept.
            .addParticipant(
                Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
            .addParticipant(Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.DENIED))
            .addParticipant(
                Participant.of(AZERBAIJAN, ParticipantRole.TARGET, Certainty.CONFIRMED))
            .addMeans(Means.MISSILE)
            .status(IncidentStatus.DISPUTED)
            .summary("Missile strike on Ganja, Azerbaijan's second-largest city")
            .addSource(ARTICLE)
            .build();
    Incident mingachevirStrike =
        Incident.builder()
            .id(MINGACHEVIR_STRIKE)
            .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
            .time(EdtfTime.parse("2020-10-04"))
            .addLocation(Location.of(MINGACHEVIR, LocationPrecision.EXACT))
            .addParticipant(
                Participant.of(ARMENIA, ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
            .addMeans(Means.MISSILE)
            .status(IncidentStatus.REPORTED)
            .addSource(ARTICLE)
            .build();

    // "One civilian has been killed, and 32 others sustained injuries, authorities said."
    CasualtyReport ganjaCasualties =
        CasualtyReport.builder()
            .id(CasualtyReportId.of("cr-ganja-authorities"))
            .reportedBy(AZERBAIJAN)
            .asOf(EdtfTime.parse("2020-10-04"))
            .incident(GANJA_STRIKE)
            .addFigure(
                CasualtyFigure.of(
                    CasualtyOutcome.KILLED,
                    CasualtyGroup.CIVILIAN,
                    Estimate.exactly(1).withText("One civilian")))
            .addFigure(
                CasualtyFigure.of(
                    CasualtyOutcome.INJURED,
                    CasualtyGroup.CIVILIAN,
                    Estimate.exactly(32).withText("32 others")))
            .addSource(ARTICLE)
            .build();

    return Feed.builder()
        .producer("casus-examples BuildAFeed")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z")) // fixed, so the output is reproducible
        .addSources(article)
        .addActors(azerbaijan, armenia)
        .addTerritories(ganja, mingachevir)
        .addIncidents(ganjaStrike, mingachevirStrike)
        .addCasualtyReports(ganjaCasualties)
        .build();
  }
}
