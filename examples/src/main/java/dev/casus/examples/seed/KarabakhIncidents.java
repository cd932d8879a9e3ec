package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.attribution.Certainty;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * The incidents of the seed feed: the clashes since 2020-09-27 and, as parts of them, the strikes
 * of Sunday 2020-10-04 and the recapture of Jabrayil; plus the background the article gives.
 *
 * <p>The heart of the example is {@link #ganjaStrike()}: one incident, three incompatible
 * attributions of who fired, each kept with its certainty and the statement that makes it.
 */
final class KarabakhIncidents {

  private KarabakhIncidents() {}

  static List<Incident> all() {
    return List.of(
        clashes(),
        ganjaStrike(),
        mingachevirStrike(),
        khiziAbsheronStrikes(),
        jabrayilRecapture(),
        mosquesDamaged(),
        ceasefire1994());
  }

  /**
   * "The clashes erupted on September 27 and have killed dozens, marking the biggest escalation in
   * the decades-old conflict over the region." An open interval, {@code 2020-09-27/..}: still going
   * on when the article was written.
   */
  private static Incident clashes() {
    return Incident.builder()
        .id(INC_CLASHES)
        .type(IncidentType.ARMED_CLASH)
        .time(EdtfTime.parse("2020-09-27/.."))
        .addLocation(Location.of(TER_NAGORNO_KARABAKH, LocationPrecision.REGION))
        // "The fighting between Armenian and Azerbaijani forces continued": the article says so
        // in its own voice and neither side denies fighting, so both sides are confirmed
        // participants. PARTICIPANT, not PERPETRATOR: in a clash the initiator is not the point.
        .addParticipants(
            Participant.of(ACT_ARMENIAN_FORCES, ParticipantRole.PARTICIPANT, Certainty.CONFIRMED),
            Participant.of(
                ACT_AZERBAIJANI_FORCES, ParticipantRole.PARTICIPANT, Certainty.CONFIRMED))
        .status(IncidentStatus.CONFIRMED)
        .summary(
            "Fighting between Armenian and Azerbaijani forces over Nagorno-Karabakh since"
                + " September 27, the biggest escalation in the decades-old conflict")
        .addSource(SRC_TRT)
        .build();
  }

  /**
   * The missile strike on Ganja, Sunday 2020-10-04: the contested incident.
   *
   * <p>Who fired is recorded three times, once per claim, and none overwrites the others:
   *
   * <ul>
   *   <li>Armenia, PERPETRATOR, ALLEGED: Hajiyev says "Armenia targeted large cities Ganja and
   *       Mingachevir with missile strikes";
   *   <li>Armenia, PERPETRATOR, DENIED: Stepanian, for the Defence Ministry: "no fire was opened
   *       from Armenia in the direction of Azerbaijan";
   *   <li>the Nagorno-Karabakh authorities, PERPETRATOR, CLAIMED: Harutyunyan says he ordered
   *       "rocket attacks to neutralise military objects" in Ganja.
   * </ul>
   *
   * <p>Means and targets are sets for the whole incident: MISSILE (Hajiyev), ROCKET (Harutyunyan)
   * and ARTILLERY (the Reuters caption speaks of "shelling"); RESIDENTIAL (Hajiyev),
   * CIVILIAN_INFRASTRUCTURE (Azerbaijani officials) and MILITARY (Harutyunyan's aim, which
   * Azerbaijani officials deny was hit). Casus cannot say which claim each of them comes from:
   * the statements' texts carry that.
   */
  static Incident ganjaStrike() {
    return Incident.builder()
        .id(INC_GANJA_STRIKE)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(EdtfTime.parse("2020-10-04"))
        .addLocation(
            Location.builder()
                .territory(TER_GANJA)
                .precision(LocationPrecision.EXACT)
                .description("dense residential areas")
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIA)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_HAJIYEV_GANJA_TWEET, ST_HAJIYEV_CITIES)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIA)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.DENIED)
                .addAttributedIn(ST_STEPANIAN_DENIAL)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_NK_AUTHORITIES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.CLAIMED)
                .addAttributedIn(ST_HARUTYUNYAN_ROCKET_ATTACKS)
                .build())
        // That Azerbaijan was the target both sides say: Hajiyev, and Harutyunyan, who says he
        // aimed at military objects in Ganja. Two opposed parties agreeing is a confirmation.
        .addParticipant(
            Participant.builder()
                .actor(ACT_AZERBAIJAN)
                .role(ParticipantRole.TARGET)
                .certainty(Certainty.CONFIRMED)
                .addAttributedIn(ST_HAJIYEV_GANJA_TWEET, ST_HARUTYUNYAN_ROCKET_ATTACKS)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_CIVILIANS_AZERBAIJAN)
                .role(ParticipantRole.VICTIM)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_AZ_AUTHORITIES_GANJA_CASUALTIES)
                .build())
        .addMeans(Means.MISSILE, Means.ROCKET, Means.ARTILLERY)
        .addTargets(
            TargetCategory.RESIDENTIAL,
            TargetCategory.CIVILIAN_INFRASTRUCTURE,
            TargetCategory.MILITARY)
        // Nobody denies that Ganja was hit; what is disputed is who fired and at what. DISPUTED
        // says the incident is not reported the same way by all sides.
        .status(IncidentStatus.DISPUTED)
        .summary(
            "Missile strike on Ganja, Azerbaijan's second-largest city: one civilian killed and 32"
                + " injured according to Azerbaijani authorities")
        .partOf(INC_CLASHES)
        .addSources(SRC_TRT, SRC_REUTERS_PHOTO, SRC_HAJIYEV_TWEET_GANJA, SRC_HARUTYUNYAN_FACEBOOK)
        .build();
  }

  /**
   * "Hajiyev said in another tweet that Armenian forces also hit Mingachevir, which "hosts a water
   * reservoir and key electricity plant," with a missile strike." Poghosyan, Harutyunyan's
   * spokesman, says there was "no reason" for Nagorno-Karabakh forces to target it: a denial by
   * the other side that might have fired.
   */
  private static Incident mingachevirStrike() {
    return Incident.builder()
        .id(INC_MINGACHEVIR_STRIKE)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(EdtfTime.parse("2020-10-04"))
        .addLocation(Location.of(TER_MINGACHEVIR, LocationPrecision.EXACT))
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIA)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_HAJIYEV_CITIES, ST_HAJIYEV_MINGACHEVIR_TWEET)
                .build())
        // "Armenia's Defence Ministry vehemently denied the claims": all of them.
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIA)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.DENIED)
                .addAttributedIn(ST_STEPANIAN_DENIAL)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_NK_FORCES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.DENIED)
                .addAttributedIn(ST_POGHOSYAN_MINGACHEVIR)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_AZERBAIJAN)
                .role(ParticipantRole.TARGET)
                .certainty(Certainty.CLAIMED)
                .addAttributedIn(ST_HAJIYEV_MINGACHEVIR_TWEET)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_CIVILIANS_AZERBAIJAN)
                .role(ParticipantRole.VICTIM)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_HAJIYEV_MINGACHEVIR_DAMAGE)
                .build())
        .addMeans(Means.MISSILE)
        .addTargets(TargetCategory.ENERGY_INFRASTRUCTURE, TargetCategory.WATER_INFRASTRUCTURE)
        .status(IncidentStatus.DISPUTED)
        .summary(
            "Missile strike on Mingachevir, site of a water reservoir and a key electricity plant;"
                + " no serious damage to the infrastructure but civilians wounded, according to"
                + " Hajiyev")
        .partOf(INC_CLASHES)
        .addSources(SRC_TRT, SRC_HAJIYEV_TWEET_MINGACHEVIR)
        .build();
  }

  /**
   * "Armenian forces also launched missile attacks on the Khizi and Absheron regions of Azerbaijan,
   * according Hajiyev." One report, two places: one incident with two REGION-precision locations.
   * The article dates Hajiyev's words to Sunday but not the attacks, hence {@code 2020-10-04?}.
   */
  private static Incident khiziAbsheronStrikes() {
    return Incident.builder()
        .id(INC_KHIZI_ABSHERON_STRIKES)
        .type(IncidentType.SHELLING_ARTILLERY_MISSILE_ATTACK)
        .time(EdtfTime.parse("2020-10-04?"))
        .addLocations(
            Location.of(TER_KHIZI, LocationPrecision.REGION),
            Location.of(TER_ABSHERON, LocationPrecision.REGION))
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIAN_FORCES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_HAJIYEV_KHIZI_ABSHERON)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIAN_FORCES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.DENIED)
                .addAttributedIn(ST_STEPANIAN_DENIAL)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_AZERBAIJAN)
                .role(ParticipantRole.TARGET)
                .certainty(Certainty.CLAIMED)
                .addAttributedIn(ST_HAJIYEV_KHIZI_ABSHERON)
                .build())
        .addMeans(Means.MISSILE)
        .status(IncidentStatus.DISPUTED)
        .summary("Missile attacks on the Khizi and Absheron regions, according to Hajiyev")
        .partOf(INC_CLASHES)
        .addSource(SRC_TRT)
        .build();
  }

  /**
   * "President Ilham Aliyev congratulated the people of Azerbaijan on the liberation of the city
   * of Jabrayil from Armenian occupation". The article dates the announcement, not the capture:
   * {@code 2020-10-04~}, around the day of the address. The change of control itself is on the
   * territory (see {@code KarabakhTerritories}).
   */
  private static Incident jabrayilRecapture() {
    return Incident.builder()
        .id(INC_JABRAYIL_RECAPTURE)
        .type(IncidentType.GOVERNMENT_REGAINS_TERRITORY)
        .time(EdtfTime.parse("2020-10-04~"))
        .addLocation(Location.of(TER_JABRAYIL, LocationPrecision.EXACT))
        .addParticipant(
            Participant.builder()
                .actor(ACT_AZERBAIJANI_FORCES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.CLAIMED)
                .addAttributedIn(ST_ALIYEV_JABRAYIL)
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIAN_FORCES)
                .role(ParticipantRole.TARGET)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_ALIYEV_JABRAYIL)
                .build())
        .status(IncidentStatus.REPORTED)
        .summary("Liberation of the city of Jabrayil from Armenian occupation, announced by Aliyev")
        .partOf(INC_CLASHES)
        .addSources(SRC_ALIYEV_ADDRESS, SRC_TRT)
        .build();
  }

  /**
   * Aliyev "vowed to rebuild all of the cities that were liberated including restoring all mosques
   * that were damaged by Armenian forces": an allegation of damage to religious sites, at an
   * unknown time before the address ({@code /2020-10-04}: unknown start, known end), in places the
   * article does not name. All that is known of the place is the country Aliyev speaks of, so the
   * location is Azerbaijan at precision COUNTRY, with the article's words as its description (an
   * incident with no location at all could not be placed on a map, and validators warn about it).
   */
  private static Incident mosquesDamaged() {
    return Incident.builder()
        .id(INC_MOSQUES_DAMAGED)
        .type(IncidentType.LOOTING_PROPERTY_DESTRUCTION)
        .time(EdtfTime.parse("/2020-10-04"))
        .addLocation(
            Location.builder()
                .territory(TER_AZERBAIJAN)
                .precision(LocationPrecision.COUNTRY)
                .description("the liberated cities, not named in the article")
                .build())
        .addParticipant(
            Participant.builder()
                .actor(ACT_ARMENIAN_FORCES)
                .role(ParticipantRole.PERPETRATOR)
                .certainty(Certainty.ALLEGED)
                .addAttributedIn(ST_ALIYEV_REBUILD)
                .build())
        .addTarget(TargetCategory.RELIGIOUS_SITE)
        .status(IncidentStatus.REPORTED)
        .summary("Mosques in the liberated cities damaged by Armenian forces, according to Aliyev")
        .addSources(SRC_ALIYEV_ADDRESS, SRC_TRT)
        .build();
  }

  /**
   * "A cease-fire, however, was agreed upon in 1994." Background: year precision, and no parties,
   * because the article names none.
   */
  private static Incident ceasefire1994() {
    return Incident.builder()
        .id(INC_CEASEFIRE_1994)
        .type(IncidentType.AGREEMENT)
        .time(EdtfTime.parse("1994"))
        .addLocation(Location.of(TER_NAGORNO_KARABAKH, LocationPrecision.REGION))
        .status(IncidentStatus.REPORTED)
        .summary("Cease-fire in the Nagorno-Karabakh conflict")
        .addSource(SRC_TRT)
        .build();
  }
}
