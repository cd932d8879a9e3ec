package dev.casus.interop.plover;

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
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import java.time.Instant;

/**
 * A hand-built feed modelled on the seed article: the contested missile strike on Ganja, an attack
 * on Khizi known only by its region (no point), the clashes since 2020-09-27 (no location), a
 * protest located only by its city, an arrest located only by a point, an unmapped incident type,
 * and one statement of every kind (plus one without a time).
 */
public final class SeedFeed {

  public static final ActorId AZE = ActorId.of("act-aze");
  public static final ActorId ARM = ActorId.of("act-arm");
  public static final ActorId MOD_ARM = ActorId.of("act-mod-arm");
  public static final ActorId NK = ActorId.of("act-nk");
  public static final ActorId HAJIYEV = ActorId.of("act-hajiyev");
  public static final ActorId STEPANIAN = ActorId.of("act-stepanian");
  public static final ActorId HARUTYUNYAN = ActorId.of("act-harutyunyan");
  public static final ActorId POGHOSYAN = ActorId.of("act-poghosyan");
  public static final ActorId HASANOV = ActorId.of("act-hasanov");
  public static final ActorId ALIYEV = ActorId.of("act-aliyev");
  public static final ActorId TURKEY = ActorId.of("act-tur");
  public static final ActorId MINSK = ActorId.of("act-minsk-group");
  public static final ActorId CIVILIANS_AZE = ActorId.of("act-civilians-aze");
  public static final ActorId PROTESTERS = ActorId.of("act-protesters-arm");
  public static final ActorId POLICE = ActorId.of("act-police-arm");

  public static final TerritoryId TER_AZE = TerritoryId.of("ter-aze");
  public static final TerritoryId TER_ARM = TerritoryId.of("ter-arm");
  public static final TerritoryId GANJA = TerritoryId.of("ter-ganja");
  public static final TerritoryId KHIZI = TerritoryId.of("ter-khizi");
  public static final TerritoryId YEREVAN = TerritoryId.of("ter-yerevan");

  public static final IncidentId INC_GANJA = IncidentId.of("inc-ganja");
  public static final IncidentId INC_KHIZI = IncidentId.of("inc-khizi");
  public static final IncidentId INC_CLASHES = IncidentId.of("inc-clashes");
  public static final IncidentId INC_PROTEST = IncidentId.of("inc-protest");
  public static final IncidentId INC_ARREST = IncidentId.of("inc-arrest");
  public static final IncidentId INC_INTERCEPT = IncidentId.of("inc-intercept");

  public static final StatementId ST_HAJIYEV = StatementId.of("st-hajiyev-ganja");
  public static final StatementId ST_STEPANIAN = StatementId.of("st-stepanian");
  public static final StatementId ST_HARUTYUNYAN = StatementId.of("st-harutyunyan-claim");
  public static final StatementId ST_POGHOSYAN = StatementId.of("st-poghosyan");

  public static final GeoPoint GANJA_POINT = GeoPoint.of(40.6828, 46.3606);
  public static final GeoPoint YEREVAN_POINT = GeoPoint.of(40.1811, 44.5136);

  private static final SourceId TRT = SourceId.of("src-trt");
  private static final SourceId TWEET = SourceId.of("src-hajiyev-tweet");
  private static final EdtfTime OCT_4 = EdtfTime.parse("2020-10-04");

  private SeedFeed() {}

  /** The feed. */
  public static Feed feed() {
    return Feed.builder()
        .producer("casus-interop tests")
        .createdAt(Instant.parse("2020-10-05T00:00:00Z"))
        .addSource(
            Source.builder()
                .id(TRT)
                .kind(SourceKind.NEWS_ARTICLE)
                .title("Azerbaijan says Armenia attacking cities outside conflict zone")
                .publisher("TRT World")
                .build())
        .addSource(Source.builder().id(TWEET).kind(SourceKind.TWEET).build())
        .addActor(actor(AZE, ActorKind.STATE, "Azerbaijan", "Q227", "AZE"))
        .addActor(actor(ARM, ActorKind.STATE, "Armenia", "Q399", "ARM"))
        .addActor(
            Actor.builder()
                .id(MOD_ARM)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(Name.of("Armenian Defence Ministry"))
                .country(TER_ARM)
                .build())
        .addActor(plain(NK, ActorKind.DE_FACTO_AUTHORITY, "Nagorno-Karabakh authorities"))
        .addActor(plain(HAJIYEV, ActorKind.PERSON, "Hikmet Hajiyev"))
        .addActor(plain(STEPANIAN, ActorKind.PERSON, "Shushan Stepanian"))
        .addActor(plain(HARUTYUNYAN, ActorKind.PERSON, "Arayik Harutyunyan"))
        .addActor(plain(POGHOSYAN, ActorKind.PERSON, "Vahram Poghosyan"))
        .addActor(plain(HASANOV, ActorKind.PERSON, "Zakir Hasanov"))
        .addActor(plain(ALIYEV, ActorKind.PERSON, "Ilham Aliyev"))
        .addActor(plain(TURKEY, ActorKind.STATE, "Turkey"))
        .addActor(plain(MINSK, ActorKind.INTERNATIONAL_ORGANISATION, "OSCE Minsk Group"))
        .addActor(plain(CIVILIANS_AZE, ActorKind.CIVILIANS, "Civilians (Azerbaijan)"))
        .addActor(plain(PROTESTERS, ActorKind.PROTESTERS, "Protesters (Armenia)"))
        .addActor(plain(POLICE, ActorKind.STATE_FORCES, "Police Forces of Armenia"))
        .addTerritory(
            Territory.builder()
                .id(TER_AZE)
                .kind(TerritoryKind.COUNTRY)
                .name(Name.of("Azerbaijan"))
                .addExternalId(ExternalId.iso3166Alpha2("AZ"))
                .build())
        .addTerritory(
            Territory.builder()
                .id(TER_ARM)
                .kind(TerritoryKind.COUNTRY)
                .name(Name.of("Armenia"))
                .addExternalId(ExternalId.iso3166Alpha3("ARM"))
                .build())
        .addTerritory(
            Territory.builder()
                .id(GANJA)
                .kind(TerritoryKind.CITY)
                .name(Name.of("Ganja"))
                .parent(TER_AZE)
                .point(GANJA_POINT)
                .addExternalId(ExternalId.geonames(587084))
                .build())
        .addTerritory(
            Territory.builder()
                .id(KHIZI)
                .kind(TerritoryKind.REGION)
                .name(Name.of("Khizi"))
                .parent(TER_AZE)
                .build())
        .addTerritory(
            Territory.builder()
                .id(YEREVAN)
                .kind(TerritoryKind.CITY)
                .name(Name.of("Yerevan"))
                .point(YEREVAN_POINT)
                .build())
        .addIncident(ganja())
        .addIncident(
            Incident.builder()
                .id(INC_KHIZI)
                .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
                .time(OCT_4)
                .addLocation(Location.of(KHIZI, LocationPrecision.REGION))
                .addParticipant(
                    Participant.builder()
                        .actor(ARM)
                        .role(ParticipantRole.PERPETRATOR)
                        .certainty(Certainty.ALLEGED)
                        .addAttributedIn(ST_HAJIYEV)
                        .build())
                .addMeans(Means.MISSILE)
                .build())
        .addIncident(
            Incident.builder()
                .id(INC_CLASHES)
                .type(IncidentType.ARMED_CLASH)
                .time(EdtfTime.parse("2020-09-27/.."))
                .addParticipant(
                    Participant.of(AZE, ParticipantRole.PARTICIPANT, Certainty.CONFIRMED))
                .addParticipant(
                    Participant.of(ARM, ParticipantRole.PARTICIPANT, Certainty.CONFIRMED))
                .addMeans(Means.SMALL_ARMS, Means.ARTILLERY)
                .build())
        .addIncident(
            Incident.builder()
                .id(INC_PROTEST)
                .type(IncidentType.PEACEFUL_PROTEST)
                .time(EdtfTime.parse("2020-10"))
                .addLocation(Location.of(YEREVAN, LocationPrecision.EXACT))
                .addParticipant(
                    Participant.of(PROTESTERS, ParticipantRole.PARTICIPANT, Certainty.CONFIRMED))
                .build())
        .addIncident(
            Incident.builder()
                .id(INC_ARREST)
                .type(IncidentType.ARRESTS)
                .time(EdtfTime.parse("2020-10-05"))
                .addLocation(Location.of(YEREVAN_POINT, LocationPrecision.NEAR))
                .addParticipant(
                    Participant.of(POLICE, ParticipantRole.PERPETRATOR, Certainty.CONFIRMED))
                .addParticipant(
                    Participant.of(PROTESTERS, ParticipantRole.TARGET, Certainty.CONFIRMED))
                .build())
        .addIncident(
            Incident.builder()
                .id(INC_INTERCEPT)
                .type(IncidentType.DISRUPTED_WEAPONS_USE)
                .time(OCT_4)
                .addLocation(Location.of(GANJA, LocationPrecision.NEAR))
                .build())
        .addStatement(
            statement(ST_HAJIYEV, StatementKind.ACCUSATION, HAJIYEV)
                .onBehalfOf(AZE)
                .channel(Channel.TWEET)
                .addText(
                    StatementText.verbatim(
                        "Armenia's massive missile attacks against dense residential areas"))
                .addSubject(Subject.of(INC_GANJA, Stance.ASSERTS))
                .addSource(TWEET)
                .build())
        .addStatement(
            statement(ST_STEPANIAN, StatementKind.DENIAL, STEPANIAN)
                .onBehalfOf(MOD_ARM)
                .channel(Channel.FACEBOOK_POST)
                .addText(
                    StatementText.verbatim(
                        "no fire was opened from Armenia in the direction of Azerbaijan"))
                .addSubject(Subject.of(INC_GANJA, Stance.DENIES))
                .addSubject(Subject.of(ST_HAJIYEV, Stance.DISPUTES))
                .build())
        .addStatement(
            statement(ST_HARUTYUNYAN, StatementKind.CLAIM_OF_RESPONSIBILITY, HARUTYUNYAN)
                .onBehalfOf(NK)
                .addText(StatementText.verbatim("rocket attacks to neutralise military objects"))
                .addSubject(Subject.of(INC_GANJA, Stance.ASSERTS))
                .build())
        .addStatement(
            statement(ST_POGHOSYAN, StatementKind.DENIAL_OF_RESPONSIBILITY, POGHOSYAN)
                .onBehalfOf(NK)
                .channel(Channel.STATEMENT_TO_MEDIA)
                .build())
        .addStatement(statement("st-hajiyev-damage", StatementKind.CLAIM, HAJIYEV).build())
        .addStatement(statement("st-confirmation", StatementKind.CONFIRMATION, HAJIYEV).build())
        .addStatement(
            statement("st-harutyunyan-stop", StatementKind.ORDER, HARUTYUNYAN)
                .onBehalfOf(NK)
                .build())
        .addStatement(
            statement("st-aliyev-demand", StatementKind.DEMAND, ALIYEV)
                .onBehalfOf(AZE)
                .addAddressee(ARM)
                .build())
        .addStatement(statement("st-aliyev-vow", StatementKind.VOW, ALIYEV).build())
        .addStatement(statement("st-minsk-appeal", StatementKind.APPEAL, MINSK).build())
        .addStatement(
            statement("st-hasanov", StatementKind.CONDEMNATION, HASANOV)
                .onBehalfOf(AZE)
                .addSubject(Subject.of(ARM, Stance.ASSERTS))
                .build())
        .addStatement(
            statement("st-aliyev-congratulation", StatementKind.CONGRATULATION, ALIYEV).build())
        .addStatement(statement("st-aliyev-threat", StatementKind.THREAT, ALIYEV).build())
        .addStatement(statement("st-assessment", StatementKind.ASSESSMENT, HASANOV).build())
        .addStatement(
            statement("st-turkey-support", StatementKind.SUPPORT, TURKEY).addAddressee(AZE).build())
        .addStatement(
            Statement.builder()
                .id(StatementId.of("st-undated"))
                .kind(StatementKind.ACCUSATION)
                .speaker(HAJIYEV)
                .build())
        .addCasualtyReport(
            CasualtyReport.builder()
                .id(CasualtyReportId.of("cas-ganja-authorities"))
                .incident(INC_GANJA)
                .addFigure(
                    CasualtyFigure.of(
                        CasualtyOutcome.KILLED, CasualtyGroup.CIVILIAN, Estimate.exactly(1)))
                .addFigure(
                    CasualtyFigure.of(
                        CasualtyOutcome.INJURED, CasualtyGroup.CIVILIAN, Estimate.exactly(32)))
                .addSource(TRT)
                .build())
        .build();
  }

  /** The strike on Ganja: confirmed, perpetrator alleged, denied and claimed. */
  public static Incident ganja() {
    return Incident.builder()
        .id(INC_GANJA)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(OCT_4)
        .addLocation(
            Location.builder()
                .territory(GANJA)
                .point(GANJA_POINT)
                .precision(LocationPrecision.EXACT)
                .description("dense residential areas")
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ARM)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_HAJIYEV)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ARM)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.DENIED)
                .addAttributedIn(ST_STEPANIAN)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(NK)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.CLAIMED)
                .addAttributedIn(ST_HARUTYUNYAN)
                .build())
        .addParticipant(Participant.of(CIVILIANS_AZE, ParticipantRole.VICTIM, Certainty.CONFIRMED))
        .addMeans(Means.MISSILE, Means.ROCKET)
        .addTarget(TargetCategory.RESIDENTIAL)
        .status(IncidentStatus.CONFIRMED)
        .summary("Missile strike on residential areas of Ganja; one civilian killed, 32 injured.")
        .addSource(TRT)
        .build();
  }

  private static Actor actor(ActorId id, ActorKind kind, String name, String qid, String alpha3) {
    return Actor.builder()
        .id(id)
        .kind(kind)
        .name(Name.of(name))
        .addExternalId(ExternalId.wikidata(qid))
        .addExternalId(ExternalId.iso3166Alpha3(alpha3))
        .build();
  }

  private static Actor plain(ActorId id, ActorKind kind, String name) {
    return Actor.builder().id(id).kind(kind).name(Name.of(name)).build();
  }

  private static dev.casus.core.statement.ImmutableStatement.Builder statement(
      StatementId id, StatementKind kind, ActorId speaker) {
    return Statement.builder().id(id).kind(kind).speaker(speaker).time(OCT_4);
  }

  private static dev.casus.core.statement.ImmutableStatement.Builder statement(
      String id, StatementKind kind, ActorId speaker) {
    return statement(StatementId.of(id), kind, speaker);
  }
}
