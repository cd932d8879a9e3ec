package dev.casus.jackson;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Hand-built model objects of every type, after the seed article (TRT World, 2020-10-04). */
final class Fixtures {

  static final SourceId TRT = SourceId.of("src-trt");
  static final ActorId AZE = ActorId.of("act-aze");
  static final ActorId ARM = ActorId.of("act-arm");
  static final ActorId HAJIYEV = ActorId.of("act-hajiyev");
  static final ActorId MOD_ARM = ActorId.of("act-mod-arm");
  static final TerritoryId GANJA = TerritoryId.of("ter-ganja");
  static final TerritoryId AZ = TerritoryId.of("ter-aze");
  static final IncidentId GANJA_STRIKE = IncidentId.of("inc-ganja");
  static final StatementId HAJIYEV_TWEET = StatementId.of("st-hajiyev-ganja");
  static final CasualtyReportId GANJA_CASUALTIES = CasualtyReportId.of("cr-ganja");

  private Fixtures() {}

  static GeoPoint ganjaPoint() {
    return GeoPoint.of(40.6828, 46.3606);
  }

  static Location ganjaLocation() {
    return Location.builder()
        .territory(GANJA)
        .point(ganjaPoint())
        .precision(LocationPrecision.EXACT)
        .description("dense residential areas")
        .build();
  }

  static Estimate dozens() {
    return Estimate.atLeast(24).withText("dozens");
  }

  static Affiliation spokeswoman() {
    return Affiliation.builder()
        .organisation(MOD_ARM)
        .role("spokeswoman")
        .period(EdtfTime.parse("2018/.."))
        .build();
  }

  static ControlClaim azerbaijanControlsJabrayil() {
    return ControlClaim.builder()
        .controller(AZE)
        .status(ControlStatus.CONTROLLED)
        .period(EdtfTime.parse("2020-10-04/.."))
        .certainty(Certainty.CLAIMED)
        .claimedBy(ActorId.of("act-aliyev"))
        .statement(StatementId.of("st-aliyev-address"))
        .addSource(TRT)
        .build();
  }

  static Participant armeniaAlleged() {
    return Participant.builder()
        .actor(ARM)
        .role(ParticipantRole.PERPETRATOR)
        .certainty(Certainty.ALLEGED)
        .addAttributedIn(HAJIYEV_TWEET)
        .build();
  }

  static StatementText denial() {
    return StatementText.builder()
        .form(TextForm.VERBATIM)
        .text("no fire was opened from Armenia in the direction of Azerbaijan")
        .language("en")
        .build();
  }

  static Subject aboutGanja() {
    return Subject.of(GANJA_STRIKE, Stance.ASSERTS);
  }

  static CasualtyFigure oneCivilianKilled() {
    return CasualtyFigure.builder()
        .outcome(CasualtyOutcome.KILLED)
        .group(CasualtyGroup.CIVILIAN)
        .side(AZE)
        .count(Estimate.exactly(1))
        .build();
  }

  static Source source() {
    return Source.builder()
        .id(TRT)
        .kind(SourceKind.NEWS_ARTICLE)
        .title("Armenia strikes Azerbaijan's second-largest city Ganja")
        .publisher("TRT World")
        .byline("TRTWorld and agencies")
        .url(URI.create("https://www.trtworld.com/europe/ganja"))
        .published(EdtfTime.parse("2020-10-04"))
        .addExternalId(ExternalId.gdelt(950124806L))
        .putExtension("x-crawler", "{\"fetched\":\"2020-10-04T12:00:00Z\",\"ok\":true}")
        .build();
  }

  static Actor actor() {
    return Actor.builder()
        .id(HAJIYEV)
        .kind(ActorKind.PERSON)
        .name(Name.of("Hikmet Hajiyev"))
        .addAlias(Name.of("Hikmət Hacıyev", "az"))
        .country(AZ)
        .addAffiliation(Affiliation.of(AZE, "aide to President Ilham Aliyev"))
        .addExternalId(ExternalId.wikidata("Q28913958"))
        .description("assistant to the President of Azerbaijan")
        .build();
  }

  static Territory territory() {
    return Territory.builder()
        .id(GANJA)
        .kind(TerritoryKind.CITY)
        .name(Name.of("Ganja"))
        .addAlias(Name.of("Gəncə", "az"))
        .parent(AZ)
        .point(ganjaPoint())
        .population(Estimate.between(300_000, 335_600, 400_000).withText("several hundred thousand"))
        .addControlClaim(azerbaijanControlsJabrayil())
        .addExternalId(ExternalId.iso3166Subdivision("AZ-GA"))
        .addExternalId(ExternalId.geonames(587084))
        .description("second-largest city of Azerbaijan")
        .build();
  }

  static Incident incident() {
    return Incident.builder()
        .id(GANJA_STRIKE)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(EdtfTime.parse("2020-10-04"))
        .addLocation(ganjaLocation())
        .addParticipant(armeniaAlleged())
        .addMeans(Means.ROCKET, Means.MISSILE)
        .addTarget(TargetCategory.RESIDENTIAL)
        .status(IncidentStatus.DISPUTED)
        .summary("Missile strikes on Ganja; Armenia denies firing.")
        .addSource(TRT)
        .addExternalId(ExternalId.acled("AZE1234"))
        .putExtension("x-acled-interaction", "18")
        .putExtension("x-a", "[1,2.50,\"three\",null,{\"k\":[]}]")
        .build();
  }

  static Statement statement() {
    return Statement.builder()
        .id(HAJIYEV_TWEET)
        .kind(StatementKind.ACCUSATION)
        .speaker(HAJIYEV)
        .onBehalfOf(AZE)
        .addAddressee(ActorId.of("act-osce-minsk"))
        .time(EdtfTime.parse("2020-10-04T10:15:00Z"))
        .channel(Channel.TWEET)
        .addText(StatementText.paraphrase("Armenia fired missiles at Ganja"))
        .addSubject(aboutGanja())
        .addSubject(Subject.of(ARM, Stance.ASSERTS))
        .addSource(TRT)
        .build();
  }

  static CasualtyReport casualtyReport() {
    return CasualtyReport.builder()
        .id(GANJA_CASUALTIES)
        .reportedBy(AZE)
        .asOf(EdtfTime.parse("2020-10-04"))
        .incident(GANJA_STRIKE)
        .territory(GANJA)
        .period(EdtfTime.parse("2020-09-27/2020-10-04"))
        .addFigure(oneCivilianKilled())
        .addFigure(
            CasualtyFigure.of(CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)))
        .addFigure(CasualtyFigure.of(CasualtyOutcome.KILLED, CasualtyGroup.MILITARY, dozens()))
        .statement(HAJIYEV_TWEET)
        .addSource(TRT)
        .notes("One civilian has been killed, and 32 others sustained injuries, authorities said")
        .build();
  }

  /** A minimal incident: only the required members. */
  static ImmutableIncident minimalIncident(String id) {
    return Incident.builder()
        .id(IncidentId.of(id))
        .type(IncidentType.ARMED_CLASH)
        .time(EdtfTime.parse("2020-09-27/.."))
        .build();
  }

  static Feed feed() {
    return Feed.builder()
        .producer("casus-jackson tests")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
        .description("The seed article as one feed")
        .partial(true)
        .addSource(source())
        .addActor(actor())
        .addTerritory(territory())
        .addIncident(incident())
        .addIncident(minimalIncident("inc-clashes"))
        .addStatement(statement())
        .addCasualtyReport(casualtyReport())
        .putExtension("x-pipeline", "{\"run\":7}")
        .build();
  }

  static ImmutableFeed emptyFeed() {
    return Feed.builder()
        .producer("casus-jackson tests")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
        .build();
  }

  /** One example of every value and entity type, for per-type round trips. */
  static List<Object> everyType() {
    return List.of(
        Name.of("Ganja"),
        Name.of("Gəncə", "az"),
        Estimate.exactly(32),
        Estimate.exactly(0),
        dozens(),
        Estimate.between(5, 5),
        Estimate.atMost(10),
        Estimate.approximately(30).withText("about 30"),
        Estimate.between(1, 2, 3),
        ganjaPoint(),
        GeoPoint.of(-0.00001, 180),
        ganjaLocation(),
        Location.of(GANJA, LocationPrecision.REGION),
        Location.of(ganjaPoint(), LocationPrecision.NEAR),
        ExternalId.wikidata("Q227"),
        ExternalId.iso3166Alpha2("AZ"),
        spokeswoman(),
        Affiliation.of(AZE),
        azerbaijanControlsJabrayil(),
        armeniaAlleged(),
        Participant.of(AZE, ParticipantRole.TARGET, Certainty.CONFIRMED),
        denial(),
        aboutGanja(),
        Subject.of(GANJA_CASUALTIES, Stance.DISPUTES),
        Subject.of(TRT, Stance.DENIES),
        oneCivilianKilled(),
        source(),
        actor(),
        territory(),
        incident(),
        minimalIncident("inc-min"),
        statement(),
        casualtyReport(),
        feed().header(),
        feed(),
        emptyFeed());
  }
}
