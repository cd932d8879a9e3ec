package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.EntityId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
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
import dev.casus.core.territory.TerritoryKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facts of the seed article, as the seed feed records them. */
class KarabakhFeedTest {

  private final Feed feed = KarabakhFeed.build();

  // --- the feed as a whole ----------------------------------------------------------------------

  @Test
  void feedHeaderIsFixedSoTheFeedIsReproducible() {
    assertEquals("casus-examples", feed.producer());
    assertEquals("2020-10-05T00:00:00Z", feed.createdAt().toString());
    assertEquals("1.0", feed.schemaVersion());
    assertTrue(feed.description().orElseThrow().contains("Ganja"));
    assertEquals(feed, KarabakhFeed.build());
  }

  @Test
  void everyReferenceResolves() {
    assertEquals(List.of(), FeedReferences.of(feed).unresolved());
  }

  @Test
  void everyActorAndEveryCitedSourceIsUsedSomewhere() {
    Set<EntityId> referenced = FeedReferences.of(feed).referenced();
    List<String> unusedSources =
        feed.sources().stream()
            .map(Source::id)
            .filter(id -> !referenced.contains(id))
            .map(EntityId::value)
            .toList();
    List<String> unusedActors =
        feed.actors().stream()
            .map(Actor::id)
            .filter(id -> !referenced.contains(id))
            .map(EntityId::value)
            .toList();
    // Two "READ MORE" links are in the article but nothing in it is attributed to them: the feed
    // keeps them for readers to follow, and nothing cites them.
    assertEquals(
        List.of(SRC_READ_MORE_CIVILIANS.value(), SRC_READ_MORE_PKK.value()), unusedSources);
    assertEquals(List.of(), unusedActors);
  }

  // --- Ganja: the contested strike --------------------------------------------------------------

  @Test
  void ganjaStrikeIsADisputedMissileAttackOnSunday() {
    Incident ganja = feed.incident(INC_GANJA_STRIKE).orElseThrow();
    assertEquals("inc-ganja-strike-2020-10-04", ganja.id().value());
    assertEquals(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK, ganja.type());
    assertEquals("2020-10-04", ganja.time().toEdtf());
    assertEquals(IncidentStatus.DISPUTED, ganja.status());
    assertEquals(Optional.of(TER_GANJA), ganja.locations().get(0).territory());
    assertTrue(ganja.means().containsAll(Set.of(Means.MISSILE, Means.ROCKET)));
    assertTrue(
        ganja
            .targets()
            .containsAll(
                Set.of(
                    TargetCategory.RESIDENTIAL,
                    TargetCategory.CIVILIAN_INFRASTRUCTURE,
                    TargetCategory.MILITARY)));
    assertEquals(Optional.of(INC_CLASHES), ganja.partOf());
    assertTrue(ganja.sources().contains(SRC_TRT));
  }

  @Test
  void ganjaCasualtiesAreOneCivilianKilledAnd32InjuredPerAzerbaijaniAuthorities() {
    CasualtyReport report = feed.casualtyReport(CR_GANJA).orElseThrow();
    assertEquals("cr-ganja-authorities", report.id().value());
    assertEquals(Optional.of(INC_GANJA_STRIKE), report.incident());
    ActorId reporter = report.reportedBy().orElseThrow();
    assertEquals("Azerbaijani authorities", feed.actor(reporter).orElseThrow().name().text());
    assertEquals(Optional.of(ST_AZ_AUTHORITIES_GANJA_CASUALTIES), report.statement());
    assertEquals(
        reporter, feed.statement(report.statement().orElseThrow()).orElseThrow().speaker());

    CasualtyFigure killed = figure(report, CasualtyOutcome.KILLED);
    assertEquals(CasualtyGroup.CIVILIAN, killed.group());
    assertTrue(killed.count().isExact());
    assertEquals(1, killed.count().low());

    CasualtyFigure injured = figure(report, CasualtyOutcome.INJURED);
    assertEquals(Estimate.exactly(32).withText("32 others"), injured.count());
  }

  @Test
  void accusationDenialAndClaimAreAboutTheSameStrike() {
    Statement accusation = feed.statement(ST_HAJIYEV_GANJA_TWEET).orElseThrow();
    Statement denial = feed.statement(ST_STEPANIAN_DENIAL).orElseThrow();
    Statement claim = feed.statement(ST_HARUTYUNYAN_ROCKET_ATTACKS).orElseThrow();

    assertEquals(StatementKind.ACCUSATION, accusation.kind());
    assertEquals(ACT_HAJIYEV, accusation.speaker());
    assertEquals(Optional.of(Channel.TWEET), accusation.channel());
    assertEquals(Stance.ASSERTS, stanceOn(accusation, INC_GANJA_STRIKE));

    assertEquals(StatementKind.DENIAL, denial.kind());
    assertEquals(ACT_STEPANIAN, denial.speaker());
    assertEquals(Optional.of(ACT_MOD_ARMENIA), denial.onBehalfOf());
    assertEquals(Optional.of(Channel.FACEBOOK_POST), denial.channel());
    assertEquals(Stance.DENIES, stanceOn(denial, INC_GANJA_STRIKE));
    assertEquals(Stance.DENIES, stanceOn(denial, ST_HAJIYEV_GANJA_TWEET));

    assertEquals(StatementKind.CLAIM_OF_RESPONSIBILITY, claim.kind());
    assertEquals(ACT_HARUTYUNYAN, claim.speaker());
    assertEquals(Optional.of(Channel.FACEBOOK_POST), claim.channel());
    assertEquals(Stance.ASSERTS, stanceOn(claim, INC_GANJA_STRIKE));
  }

  @Test
  void statementsKeepTheArticlesQuotationsVerbatim() {
    assertEquals(
        List.of("Armenia\u2019s massive missile attacks against dense residential areas"),
        verbatim(ST_HAJIYEV_GANJA_TWEET));
    assertEquals(
        List.of("hosts a water reservoir and key electricity plant"),
        verbatim(ST_HAJIYEV_MINGACHEVIR_TWEET));
    assertEquals(List.of("civilians (have been) wounded"), verbatim(ST_HAJIYEV_MINGACHEVIR_DAMAGE));
    assertEquals(
        List.of(
            "no fire was opened from Armenia in the direction of Azerbaijan",
            "desperate convulsions of the Azerbaijani side"),
        verbatim(ST_STEPANIAN_DENIAL));
    assertEquals(
        List.of("rocket attacks to neutralise military objects"),
        verbatim(ST_HARUTYUNYAN_ROCKET_ATTACKS));
    assertEquals(
        List.of(
            "Opening fire on the territory of Azerbaijan from the territory of Armenia is clearly"
                + " provocative and expands the zone of hostilities"),
        verbatim(ST_HASANOV_PROVOCATIVE));
  }

  @Test
  void perpetratorIsAllegedDeniedAndClaimedEachPointingAtItsStatement() {
    Incident ganja = feed.incident(INC_GANJA_STRIKE).orElseThrow();
    List<Participant> perpetrators =
        ganja.participants().stream()
            .filter(p -> p.role() == ParticipantRole.PERPETRATOR)
            .toList();
    assertEquals(3, perpetrators.size());

    Participant alleged = withCertainty(perpetrators, Certainty.ALLEGED);
    assertEquals(ACT_ARMENIA, alleged.actor());
    assertTrue(alleged.attributedIn().contains(ST_HAJIYEV_GANJA_TWEET));

    Participant denied = withCertainty(perpetrators, Certainty.DENIED);
    assertEquals(ACT_ARMENIA, denied.actor());
    assertEquals(List.of(ST_STEPANIAN_DENIAL), denied.attributedIn());

    Participant claimed = withCertainty(perpetrators, Certainty.CLAIMED);
    assertEquals(ACT_NK_AUTHORITIES, claimed.actor());
    assertEquals(ActorKind.DE_FACTO_AUTHORITY, feed.actor(claimed.actor()).orElseThrow().kind());
    assertEquals(List.of(ST_HARUTYUNYAN_ROCKET_ATTACKS), claimed.attributedIn());

    Participant target =
        ganja.participants().stream()
            .filter(p -> p.role() == ParticipantRole.TARGET)
            .findFirst()
            .orElseThrow();
    assertEquals(ACT_AZERBAIJAN, target.actor());
  }

  @Test
  void azerbaijaniOfficialsDisputeHarutyunyansMilitaryObjects() {
    Statement officials = feed.statement(ST_AZ_OFFICIALS_NO_MILITARY_OBJECTS).orElseThrow();
    assertEquals(StatementKind.DENIAL, officials.kind());
    assertEquals(ACT_AZERBAIJANI_AUTHORITIES, officials.speaker());
    assertEquals(Stance.DISPUTES, stanceOn(officials, ST_HARUTYUNYAN_ROCKET_ATTACKS));
  }

  // --- Mingachevir, Khizi and Absheron ----------------------------------------------------------

  @Test
  void mingachevirStrikeIsDeniedByNagornoKarabakhsSpokesman() {
    Incident strike = feed.incident(INC_MINGACHEVIR_STRIKE).orElseThrow();
    assertTrue(
        strike
            .targets()
            .containsAll(
                Set.of(
                    TargetCategory.WATER_INFRASTRUCTURE, TargetCategory.ENERGY_INFRASTRUCTURE)));
    Participant denied =
        strike.participants().stream()
            .filter(p -> p.actor().equals(ACT_NK_FORCES))
            .findFirst()
            .orElseThrow();
    assertEquals(Certainty.DENIED, denied.certainty());
    assertEquals(List.of(ST_POGHOSYAN_MINGACHEVIR), denied.attributedIn());

    Statement poghosyan = feed.statement(ST_POGHOSYAN_MINGACHEVIR).orElseThrow();
    assertEquals(StatementKind.DENIAL, poghosyan.kind());
    assertEquals(Optional.of(Channel.STATEMENT_TO_MEDIA), poghosyan.channel());
    assertEquals(List.of(ACT_ARMENIAN_MEDIA), poghosyan.addressees());
    assertEquals(Stance.DENIES, stanceOn(poghosyan, INC_MINGACHEVIR_STRIKE));

    CasualtyFigure wounded =
        figure(feed.casualtyReport(CR_MINGACHEVIR).orElseThrow(), CasualtyOutcome.INJURED);
    assertEquals(CasualtyGroup.CIVILIAN, wounded.group());
    assertTrue(wounded.count().isOpen());
    assertEquals(Optional.of("civilians (have been) wounded"), wounded.count().text());
  }

  @Test
  void khiziAndAbsheronAreOneReportOfTwoRegions() {
    Incident attacks = feed.incident(INC_KHIZI_ABSHERON_STRIKES).orElseThrow();
    assertEquals(
        List.of(Optional.of(TER_KHIZI), Optional.of(TER_ABSHERON)),
        attacks.locations().stream().map(l -> l.territory()).toList());
    assertEquals(TerritoryKind.REGION, feed.territory(TER_KHIZI).orElseThrow().kind());
  }

  // --- the clashes and their toll ---------------------------------------------------------------

  @Test
  void clashesSinceSeptember27HaveKilledDozens() {
    Incident clashes = feed.incident(INC_CLASHES).orElseThrow();
    assertEquals(IncidentType.ARMED_CLASH, clashes.type());
    assertEquals("2020-09-27/..", clashes.time().toEdtf());
    assertEquals(Optional.of(LocalDate.of(2020, 9, 27)), clashes.time().earliestDay());

    CasualtyReport report = feed.casualtyReport(CR_CLASHES).orElseThrow();
    assertEquals(Optional.of(INC_CLASHES), report.incident());
    assertEquals(Optional.of(ACT_TRT_WORLD), report.reportedBy());
    CasualtyFigure killed = figure(report, CasualtyOutcome.KILLED);
    assertEquals(CasualtyGroup.UNKNOWN, killed.group());
    assertEquals(24, killed.count().low());
    assertTrue(killed.count().high().isEmpty());
    assertEquals(Optional.of("dozens"), killed.count().text());
  }

  @Test
  void dozensOfArmenianSoldiersComeFromAReadMoreHeadline() {
    CasualtyReport report = feed.casualtyReport(CR_ARMENIAN_SOLDIERS).orElseThrow();
    CasualtyFigure killed = figure(report, CasualtyOutcome.KILLED);
    assertEquals(CasualtyGroup.MILITARY, killed.group());
    assertEquals(Optional.of(ACT_ARMENIA), killed.side());
    assertEquals(Estimate.atLeast(24).withText("dozens"), killed.count());
    Source headline = feed.source(report.sources().get(0)).orElseThrow();
    assertEquals(
        Optional.of("Azerbaijan kills dozens of Armenian soldiers in Karabakh fighting"),
        headline.title());
  }

  // --- Jabrayil ---------------------------------------------------------------------------------

  @Test
  void jabrayilChangesFromArmenianOccupationToAzerbaijaniControlAsClaimedByAliyev() {
    Territory jabrayil = feed.territory(TER_JABRAYIL).orElseThrow();
    List<ControlClaim> claims = jabrayil.controlClaims();
    assertEquals(2, claims.size());

    ControlClaim before = claims.get(0);
    assertEquals(ACT_ARMENIAN_FORCES, before.controller());
    assertEquals(ControlStatus.OCCUPIED, before.status());
    assertEquals(
        Optional.of(LocalDate.of(2020, 10, 31)), before.period().orElseThrow().latestDay());

    ControlClaim after = claims.get(1);
    assertEquals(ACT_AZERBAIJAN, after.controller());
    assertEquals(ControlStatus.CONTROLLED, after.status());
    assertEquals("2020-10-04/..", after.period().orElseThrow().toEdtf());
    assertEquals(Certainty.CLAIMED, after.certainty());
    assertEquals(Optional.of(ACT_ALIYEV), after.claimedBy());

    Statement address = feed.statement(after.statement().orElseThrow()).orElseThrow();
    assertEquals(StatementKind.CONGRATULATION, address.kind());
    assertEquals(Optional.of(Channel.ADDRESS_TO_THE_NATION), address.channel());
    assertEquals(ACT_ALIYEV, address.speaker());

    Incident recapture = feed.incident(INC_JABRAYIL_RECAPTURE).orElseThrow();
    assertEquals(IncidentType.GOVERNMENT_REGAINS_TERRITORY, recapture.type());
    assertEquals(Optional.of(TER_JABRAYIL), recapture.locations().get(0).territory());
  }

  @Test
  void aliyevDemandsAnApologyFromSarkissianAndVowsToRebuild() {
    Statement demand = feed.statement(ST_ALIYEV_SARKISSIAN).orElseThrow();
    assertEquals(StatementKind.DEMAND, demand.kind());
    assertEquals(List.of(ACT_SARKISSIAN), demand.addressees());
    assertEquals(
        StatementKind.VOW, feed.statement(ST_ALIYEV_REBUILD).orElseThrow().kind());
    assertEquals(
        StatementKind.CONDEMNATION, feed.statement(ST_HASANOV_PROVOCATIVE).orElseThrow().kind());
  }

  // --- names, places, organisations -------------------------------------------------------------

  @Test
  void ilkhamAliyevIsAnAliasOfIlhamAliyev() {
    List<Actor> found =
        feed.actors().stream().filter(a -> a.aliases().contains(Name.of("Ilkham Aliyev"))).toList();
    assertEquals(1, found.size());
    assertEquals(ACT_ALIYEV, found.get(0).id());
    assertEquals("Ilham Aliyev", found.get(0).name().text());

    Actor hajiyev = feed.actor(ACT_HAJIYEV).orElseThrow();
    assertEquals(
        List.of(Affiliation.of(ACT_ALIYEV, "aide to the President")), hajiyev.affiliations());
    Actor stepanian = feed.actor(ACT_STEPANIAN).orElseThrow();
    assertEquals(List.of(Affiliation.of(ACT_MOD_ARMENIA, "spokeswoman")), stepanian.affiliations());
  }

  @Test
  void upperKarabakhIsAnAliasOfNagornoKarabakhInAzerbaijan() {
    List<Territory> found =
        feed.territories().stream()
            .filter(t -> t.aliases().contains(Name.of("Upper Karabakh")))
            .toList();
    assertEquals(1, found.size());
    Territory karabakh = found.get(0);
    assertEquals(TER_NAGORNO_KARABAKH, karabakh.id());
    assertEquals(Optional.of(TER_AZERBAIJAN), karabakh.parent());
    assertEquals(
        Optional.of(TER_NAGORNO_KARABAKH),
        feed.territory(TER_STEPANAKERT).orElseThrow().parent());
  }

  @Test
  void ganjaIsASecondCityOfSeveralHundredThousand() {
    Territory ganja = feed.territory(TER_GANJA).orElseThrow();
    Estimate population = ganja.population().orElseThrow();
    assertEquals(Optional.of("several hundred thousand"), population.text());
    assertTrue(population.low() >= 100_000 && population.high().getAsLong() < 1_000_000);
    assertTrue(ganja.externalIds().contains(ExternalId.iso3166Subdivision("AZ-GA")));
    assertTrue(ganja.description().orElseThrow().contains("100 km"));
    assertEquals(40.6828, ganja.point().orElseThrow().latitude());
  }

  @Test
  void minskGroupIsCoChairedByFranceRussiaAndTheUs() {
    Set<String> coChairs =
        feed.actors().stream()
            .filter(
                a ->
                    a.affiliations()
                        .contains(Affiliation.of(ACT_OSCE_MINSK_GROUP, "co-chair")))
            .map(a -> a.name().text())
            .collect(Collectors.toSet());
    assertEquals(Set.of("France", "Russia", "United States"), coChairs);

    Statement turkey = feed.statement(ST_TURKEY_SELF_DEFENCE).orElseThrow();
    assertEquals(StatementKind.SUPPORT, turkey.kind());
    assertEquals(Stance.ASSERTS, stanceOn(turkey, ACT_AZERBAIJAN));
  }

  @Test
  void articleAndPhotoAreTheSourcesTheArticleNames() {
    Source article = feed.source(SRC_TRT).orElseThrow();
    assertEquals(SourceKind.NEWS_ARTICLE, article.kind());
    assertEquals(Optional.of("TRTWorld and agencies"), article.byline());
    assertEquals("2020-10-04", article.published().orElseThrow().toEdtf());

    Source photo = feed.source(SRC_REUTERS_PHOTO).orElseThrow();
    assertEquals(SourceKind.PHOTO, photo.kind());
    assertEquals(Optional.of(SRC_TRT), photo.partOf());
    assertEquals(Optional.of("Reuters"), photo.publisher());
    assertFalse(feed.sources().stream().anyMatch(s -> s.url().isPresent()));
  }

  // --- helpers ----------------------------------------------------------------------------------

  private static CasualtyFigure figure(CasualtyReport report, CasualtyOutcome outcome) {
    List<CasualtyFigure> figures =
        report.figures().stream().filter(f -> f.outcome() == outcome).toList();
    assertEquals(1, figures.size(), report.id() + " figures for " + outcome);
    return figures.get(0);
  }

  private static Stance stanceOn(Statement statement, EntityId about) {
    return statement.subjects().stream()
        .filter(s -> s.about().equals(about))
        .map(Subject::stance)
        .findFirst()
        .orElseThrow(() -> new AssertionError(statement.id() + " is not about " + about));
  }

  private static Participant withCertainty(List<Participant> participants, Certainty certainty) {
    List<Participant> found =
        participants.stream().filter(p -> p.certainty() == certainty).toList();
    assertEquals(1, found.size(), "participants that are " + certainty);
    return found.get(0);
  }

  private List<String> verbatim(StatementId id) {
    return feed.statement(id).orElseThrow().texts().stream()
        .filter(t -> t.form() == TextForm.VERBATIM)
        .map(StatementText::text)
        .toList();
  }
}
