package dev.casus.examples.seed;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;

/**
 * Every id of the seed feed, in one place, so that the parts of {@link KarabakhFeed} can refer to
 * each other's entities.
 *
 * <p>Casus references are by id: an incident names its participants by {@link ActorId}, a
 * participant names the statements that attribute its role by {@link StatementId}, and so on.
 * The ids are plain strings on the wire; the Java types keep an actor id from being passed where a
 * territory id is expected. The prefixes ({@code act-}, {@code ter-}, ...) are a convention of this
 * example, not a rule of Casus: the member name in the JSON says what kind an id is.
 *
 * <p>The constant names repeat the ids, so {@code INC_GANJA_STRIKE} is {@code
 * inc-ganja-strike-2020-10-04}.
 */
final class KarabakhIds {

  private KarabakhIds() {}

  // ---------------------------------------------------------------------------------------------
  // Sources: where each fact was published.
  // ---------------------------------------------------------------------------------------------

  /** The TRT World article itself, "TRTWorld and agencies", 2020-10-04. */
  static final SourceId SRC_TRT = SourceId.of("src-trt-2020-10-04");

  /** The Reuters photo of Ganja the article carries. */
  static final SourceId SRC_REUTERS_PHOTO = SourceId.of("src-reuters-photo-ganja-2020-10-04");

  static final SourceId SRC_HAJIYEV_TWEET_GANJA = SourceId.of("src-hajiyev-tweet-ganja");
  static final SourceId SRC_HAJIYEV_TWEET_MINGACHEVIR =
      SourceId.of("src-hajiyev-tweet-mingachevir");
  static final SourceId SRC_STEPANIAN_FACEBOOK = SourceId.of("src-stepanian-facebook");
  static final SourceId SRC_HARUTYUNYAN_FACEBOOK = SourceId.of("src-harutyunyan-facebook");
  static final SourceId SRC_POGHOSYAN_MEDIA = SourceId.of("src-poghosyan-armenian-media");
  static final SourceId SRC_HASANOV_STATEMENT = SourceId.of("src-hasanov-statement");
  static final SourceId SRC_ALIYEV_ADDRESS = SourceId.of("src-aliyev-address");
  static final SourceId SRC_UN_RESOLUTIONS = SourceId.of("src-un-resolutions");

  /** The three "READ MORE" links in the article: other TRT World articles, known by headline. */
  static final SourceId SRC_READ_MORE_CIVILIANS = SourceId.of("src-trt-read-more-civilians");

  static final SourceId SRC_READ_MORE_SOLDIERS = SourceId.of("src-trt-read-more-soldiers");
  static final SourceId SRC_READ_MORE_PKK = SourceId.of("src-trt-read-more-pkk");

  // ---------------------------------------------------------------------------------------------
  // Actors: states, bodies, forces, authorities, organisations, people.
  // ---------------------------------------------------------------------------------------------

  static final ActorId ACT_AZERBAIJAN = ActorId.of("act-azerbaijan");
  static final ActorId ACT_ARMENIA = ActorId.of("act-armenia");
  static final ActorId ACT_AZERBAIJANI_AUTHORITIES = ActorId.of("act-azerbaijani-authorities");
  static final ActorId ACT_AZERBAIJANI_FORCES = ActorId.of("act-azerbaijani-forces");
  static final ActorId ACT_MOD_AZERBAIJAN = ActorId.of("act-mod-azerbaijan");
  static final ActorId ACT_ARMENIAN_GOVERNMENT = ActorId.of("act-armenian-government");
  static final ActorId ACT_MOD_ARMENIA = ActorId.of("act-mod-armenia");
  static final ActorId ACT_ARMENIAN_FORCES = ActorId.of("act-armenian-forces");
  static final ActorId ACT_NK_AUTHORITIES = ActorId.of("act-nagorno-karabakh-authorities");
  static final ActorId ACT_NK_FORCES = ActorId.of("act-nagorno-karabakh-forces");
  static final ActorId ACT_CIVILIANS_AZERBAIJAN = ActorId.of("act-civilians-azerbaijan");
  static final ActorId ACT_HAJIYEV = ActorId.of("act-hajiyev");
  static final ActorId ACT_ALIYEV = ActorId.of("act-aliyev");
  static final ActorId ACT_HASANOV = ActorId.of("act-hasanov");
  static final ActorId ACT_STEPANIAN = ActorId.of("act-stepanian");
  static final ActorId ACT_SARKISSIAN = ActorId.of("act-sarkissian");
  static final ActorId ACT_HARUTYUNYAN = ActorId.of("act-harutyunyan");
  static final ActorId ACT_POGHOSYAN = ActorId.of("act-poghosyan");
  static final ActorId ACT_OSCE_MINSK_GROUP = ActorId.of("act-osce-minsk-group");
  static final ActorId ACT_UN = ActorId.of("act-un");
  static final ActorId ACT_FRANCE = ActorId.of("act-france");
  static final ActorId ACT_RUSSIA = ActorId.of("act-russia");
  static final ActorId ACT_UNITED_STATES = ActorId.of("act-united-states");
  static final ActorId ACT_TURKEY = ActorId.of("act-turkey");
  static final ActorId ACT_TRT_WORLD = ActorId.of("act-trt-world");
  static final ActorId ACT_ARMENIAN_MEDIA = ActorId.of("act-armenian-media");

  // ---------------------------------------------------------------------------------------------
  // Territories: country > region > city.
  // ---------------------------------------------------------------------------------------------

  static final TerritoryId TER_AZERBAIJAN = TerritoryId.of("ter-azerbaijan");
  static final TerritoryId TER_ARMENIA = TerritoryId.of("ter-armenia");
  static final TerritoryId TER_NAGORNO_KARABAKH = TerritoryId.of("ter-nagorno-karabakh");
  static final TerritoryId TER_STEPANAKERT = TerritoryId.of("ter-stepanakert");
  static final TerritoryId TER_GANJA = TerritoryId.of("ter-ganja");
  static final TerritoryId TER_MINGACHEVIR = TerritoryId.of("ter-mingachevir");
  static final TerritoryId TER_KHIZI = TerritoryId.of("ter-khizi");
  static final TerritoryId TER_ABSHERON = TerritoryId.of("ter-absheron");
  static final TerritoryId TER_JABRAYIL_DISTRICT = TerritoryId.of("ter-jabrayil-district");
  static final TerritoryId TER_JABRAYIL = TerritoryId.of("ter-jabrayil");

  // ---------------------------------------------------------------------------------------------
  // Incidents: what happened, when and where.
  // ---------------------------------------------------------------------------------------------

  static final IncidentId INC_CLASHES = IncidentId.of("inc-clashes-since-2020-09-27");
  static final IncidentId INC_GANJA_STRIKE = IncidentId.of("inc-ganja-strike-2020-10-04");
  static final IncidentId INC_MINGACHEVIR_STRIKE =
      IncidentId.of("inc-mingachevir-strike-2020-10-04");
  static final IncidentId INC_KHIZI_ABSHERON_STRIKES =
      IncidentId.of("inc-khizi-absheron-strikes-2020-10-04");
  static final IncidentId INC_JABRAYIL_RECAPTURE =
      IncidentId.of("inc-jabrayil-recapture-2020-10-04");
  static final IncidentId INC_MOSQUES_DAMAGED = IncidentId.of("inc-mosques-damaged");
  static final IncidentId INC_CEASEFIRE_1994 = IncidentId.of("inc-ceasefire-1994");

  // ---------------------------------------------------------------------------------------------
  // Statements: who said what, when, through which channel.
  // ---------------------------------------------------------------------------------------------

  static final StatementId ST_AZERBAIJAN_FOUR_CITIES = StatementId.of("st-azerbaijan-four-cities");
  static final StatementId ST_HAJIYEV_CITIES = StatementId.of("st-hajiyev-cities");
  static final StatementId ST_HAJIYEV_GANJA_TWEET = StatementId.of("st-hajiyev-ganja-tweet");
  static final StatementId ST_HAJIYEV_MINGACHEVIR_TWEET =
      StatementId.of("st-hajiyev-mingachevir-tweet");
  static final StatementId ST_HAJIYEV_MINGACHEVIR_DAMAGE =
      StatementId.of("st-hajiyev-mingachevir-damage");
  static final StatementId ST_HAJIYEV_KHIZI_ABSHERON = StatementId.of("st-hajiyev-khizi-absheron");
  static final StatementId ST_STEPANIAN_DENIAL = StatementId.of("st-stepanian-denial");
  static final StatementId ST_HARUTYUNYAN_ROCKET_ATTACKS =
      StatementId.of("st-harutyunyan-rocket-attacks");
  static final StatementId ST_HARUTYUNYAN_STOP_FIRING =
      StatementId.of("st-harutyunyan-stop-firing");
  static final StatementId ST_POGHOSYAN_MINGACHEVIR = StatementId.of("st-poghosyan-mingachevir");
  static final StatementId ST_AZ_OFFICIALS_NO_MILITARY_OBJECTS =
      StatementId.of("st-azerbaijani-officials-no-military-objects");
  static final StatementId ST_AZ_AUTHORITIES_GANJA_CASUALTIES =
      StatementId.of("st-azerbaijani-authorities-ganja-casualties");
  static final StatementId ST_HASANOV_PROVOCATIVE = StatementId.of("st-hasanov-provocative");
  static final StatementId ST_ALIYEV_JABRAYIL = StatementId.of("st-aliyev-jabrayil");
  static final StatementId ST_ALIYEV_CONDITIONS = StatementId.of("st-aliyev-conditions");
  static final StatementId ST_ALIYEV_SARKISSIAN = StatementId.of("st-aliyev-sarkissian");
  static final StatementId ST_ALIYEV_REBUILD = StatementId.of("st-aliyev-rebuild");
  static final StatementId ST_ALIYEV_RESPONSIBILITY = StatementId.of("st-aliyev-responsibility");
  static final StatementId ST_UN_WITHDRAWAL = StatementId.of("st-un-withdrawal");
  static final StatementId ST_RUSSIA_CEASEFIRE = StatementId.of("st-russia-ceasefire");
  static final StatementId ST_FRANCE_CEASEFIRE = StatementId.of("st-france-ceasefire");
  static final StatementId ST_US_CEASEFIRE = StatementId.of("st-us-ceasefire");
  static final StatementId ST_TURKEY_SELF_DEFENCE = StatementId.of("st-turkey-self-defence");

  // ---------------------------------------------------------------------------------------------
  // Casualty reports: counts, each reported by someone.
  // ---------------------------------------------------------------------------------------------

  static final CasualtyReportId CR_GANJA = CasualtyReportId.of("cr-ganja-authorities");
  static final CasualtyReportId CR_MINGACHEVIR = CasualtyReportId.of("cr-mingachevir-hajiyev");
  static final CasualtyReportId CR_CLASHES = CasualtyReportId.of("cr-clashes-trt");
  static final CasualtyReportId CR_ARMENIAN_SOLDIERS =
      CasualtyReportId.of("cr-armenian-soldiers-trt-read-more");
}
