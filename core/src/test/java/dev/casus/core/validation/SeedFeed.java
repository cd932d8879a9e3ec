package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.time;

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
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
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
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;

/** The seed article (TRT World, 2020-10-04) as a feed without problems: the no-findings case. */
final class SeedFeed {

  private static final SourceId TRT = SourceId.of("src-trt");
  private static final SourceId TWEET = SourceId.of("src-hajiyev-tweet");
  private static final ActorId AZE = ActorId.of("act-aze");
  private static final ActorId ARM = ActorId.of("act-arm");
  private static final ActorId MOD_ARM = ActorId.of("act-mod-arm");
  private static final ActorId HAJIYEV = ActorId.of("act-hajiyev");
  private static final ActorId ALIYEV = ActorId.of("act-aliyev");
  private static final ActorId STEPANIAN = ActorId.of("act-stepanian");
  private static final ActorId HARUTYUNYAN = ActorId.of("act-harutyunyan");
  private static final ActorId NK = ActorId.of("act-nk");
  private static final TerritoryId T_AZE = TerritoryId.of("ter-aze");
  private static final TerritoryId T_ARM = TerritoryId.of("ter-arm");
  private static final TerritoryId KARABAKH = TerritoryId.of("ter-karabakh");
  private static final TerritoryId GANJA = TerritoryId.of("ter-ganja");
  private static final TerritoryId MINGACHEVIR = TerritoryId.of("ter-mingachevir");
  private static final TerritoryId JABRAYIL = TerritoryId.of("ter-jabrayil");
  private static final IncidentId CLASHES = IncidentId.of("inc-clashes");
  private static final IncidentId GANJA_STRIKE = IncidentId.of("inc-ganja");
  private static final IncidentId MINGACHEVIR_STRIKE = IncidentId.of("inc-mingachevir");
  private static final StatementId ACCUSATION = StatementId.of("st-hajiyev-ganja");
  private static final StatementId DENIAL = StatementId.of("st-stepanian-denial");
  private static final StatementId ADDRESS = StatementId.of("st-aliyev-address");

  private SeedFeed() {}

  static Feed feed() {
    return Fixtures.feed()
        .description("TRT World, 2020-10-04: missile strikes on Ganja and Mingachevir")
        .addSources(
            Source.builder()
                .id(TRT)
                .kind(SourceKind.NEWS_ARTICLE)
                .title("Azerbaijan says Armenia attacking cities outside conflict zone")
                .publisher("TRT World")
                .byline("TRTWorld and agencies")
                .published(time("2020-10-04"))
                .build(),
            Source.builder()
                .id(TWEET)
                .kind(SourceKind.TWEET)
                .author(HAJIYEV)
                .published(time("2020-10-04"))
                .partOf(TRT)
                .build())
        .addActors(
            state(AZE, "Azerbaijan", T_AZE),
            state(ARM, "Armenia", T_ARM),
            Actor.builder()
                .id(MOD_ARM)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(Name.of("Armenian Defence Ministry"))
                .country(T_ARM)
                .addAffiliation(Affiliation.of(ARM))
                .build(),
            person(HAJIYEV, "Hikmet Hajiyev", Affiliation.of(AZE, "aide to the President")),
            person(ALIYEV, "Ilham Aliyev", Affiliation.of(AZE, "President")),
            person(STEPANIAN, "Shushan Stepanian", Affiliation.of(MOD_ARM, "spokeswoman")),
            Actor.builder()
                .id(NK)
                .kind(ActorKind.DE_FACTO_AUTHORITY)
                .name(Name.of("Nagorno-Karabakh authorities"))
                .country(KARABAKH)
                .build(),
            person(HARUTYUNYAN, "Arayik Harutyunyan", Affiliation.of(NK, "leader")))
        .addTerritories(
            country(T_AZE, "Azerbaijan"),
            country(T_ARM, "Armenia"),
            Territory.builder()
                .id(KARABAKH)
                .kind(TerritoryKind.REGION)
                .name(Name.of("Nagorno-Karabakh"))
                .addAlias(Name.of("Upper Karabakh"))
                .parent(T_AZE)
                .build(),
            city(GANJA, "Ganja", 40.6828, 46.3606),
            city(MINGACHEVIR, "Mingachevir", 40.7703, 47.0496),
            Territory.builder()
                .id(JABRAYIL)
                .kind(TerritoryKind.CITY)
                .name(Name.of("Jabrayil"))
                .parent(T_AZE)
                .addControlClaim(
                    ControlClaim.builder()
                        .controller(AZE)
                        .status(ControlStatus.CONTROLLED)
                        .period(time("2020-10-04/.."))
                        .certainty(Certainty.CLAIMED)
                        .claimedBy(ALIYEV)
                        .statement(ADDRESS)
                        .addSource(TRT)
                        .build())
                .build())
        .addIncidents(
            Incident.builder()
                .id(CLASHES)
                .type(IncidentType.ARMED_CLASH)
                .time(time("2020-09-27/.."))
                .addLocation(Location.of(KARABAKH, LocationPrecision.REGION))
                .addSource(TRT)
                .build(),
            strike(GANJA_STRIKE, GANJA),
            strike(MINGACHEVIR_STRIKE, MINGACHEVIR))
        .addStatements(
            Statement.builder()
                .id(ACCUSATION)
                .kind(StatementKind.ACCUSATION)
                .speaker(HAJIYEV)
                .onBehalfOf(AZE)
                .time(time("2020-10-04"))
                .channel(Channel.TWEET)
                .addText(
                    StatementText.verbatim(
                        "Armenia's massive missile attacks against dense residential areas"))
                .addSubject(Subject.of(GANJA_STRIKE, Stance.ASSERTS))
                .addSubject(Subject.of(MINGACHEVIR_STRIKE, Stance.ASSERTS))
                .addSource(TWEET)
                .build(),
            Statement.builder()
                .id(DENIAL)
                .kind(StatementKind.DENIAL)
                .speaker(STEPANIAN)
                .onBehalfOf(MOD_ARM)
                .time(time("2020-10-04"))
                .channel(Channel.FACEBOOK_POST)
                .addText(
                    StatementText.verbatim(
                        "no fire was opened from Armenia in the direction of Azerbaijan"))
                .addSubject(Subject.of(GANJA_STRIKE, Stance.DENIES))
                .addSubject(Subject.of(ACCUSATION, Stance.DISPUTES))
                .addSource(TRT)
                .build(),
            Statement.builder()
                .id(ADDRESS)
                .kind(StatementKind.CONGRATULATION)
                .speaker(ALIYEV)
                .addAddressee(AZE)
                .time(time("2020-10-04"))
                .addSubject(Subject.of(JABRAYIL, Stance.ASSERTS))
                .addSource(TRT)
                .build())
        .addCasualtyReports(
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cr-ganja"))
                .asOf(time("2020-10-04"))
                .incident(GANJA_STRIKE)
                .territory(GANJA)
                .addFigure(
                    CasualtyFigure.builder()
                        .outcome(CasualtyOutcome.KILLED)
                        .group(CasualtyGroup.CIVILIAN)
                        .side(AZE)
                        .count(Estimate.exactly(1))
                        .build())
                .addFigure(
                    CasualtyFigure.of(
                        CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)))
                .statement(ACCUSATION)
                .addSource(TRT)
                .build(),
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cr-clashes"))
                .incident(CLASHES)
                .period(time("2020-09-27/2020-10-04"))
                .addFigure(
                    CasualtyFigure.of(
                        CasualtyOutcome.KILLED,
                        CasualtyGroup.UNKNOWN,
                        Estimate.builder().low(24).text("dozens").build()))
                .addSource(TRT)
                .build())
        .build();
  }

  private static Actor state(ActorId id, String name, TerritoryId country) {
    return Actor.builder()
        .id(id)
        .kind(ActorKind.STATE)
        .name(Name.of(name))
        .country(country)
        .build();
  }

  private static Actor person(ActorId id, String name, Affiliation affiliation) {
    return Actor.builder()
        .id(id)
        .kind(ActorKind.PERSON)
        .name(Name.of(name))
        .addAffiliation(affiliation)
        .build();
  }

  private static Territory country(TerritoryId id, String name) {
    return Territory.builder().id(id).kind(TerritoryKind.COUNTRY).name(Name.of(name)).build();
  }

  private static Territory city(TerritoryId id, String name, double lat, double lon) {
    return Territory.builder()
        .id(id)
        .kind(TerritoryKind.CITY)
        .name(Name.of(name))
        .parent(T_AZE)
        .point(GeoPoint.of(lat, lon))
        .build();
  }

  private static Incident strike(IncidentId id, TerritoryId city) {
    return Incident.builder()
        .id(id)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(time("2020-10-04"))
        .addLocation(Location.of(city, LocationPrecision.EXACT))
        .addParticipant(
            Participant.builder()
                .actor(ARM)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ACCUSATION)
                .build())
        .addParticipant(Participant.of(AZE, ParticipantRole.TARGET, Certainty.CONFIRMED))
        .partOf(CLASHES)
        .addSource(TRT)
        .build();
  }
}
