package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.attribution.Certainty;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.name.Name;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * The places of the seed feed, as a tree: Azerbaijan &gt; Nagorno-Karabakh &gt; Stepanakert;
 * Azerbaijan &gt; Ganja, Mingachevir, the Khizi and Absheron regions, the Jabrayil district &gt;
 * Jabrayil.
 *
 * <p>ISO 3166-2 codes are those of ISO 3166-2:AZ: Ganja {@code AZ-GA} and Mingachevir {@code
 * AZ-MI} are cities with the rank of first-order divisions; Khizi {@code AZ-XIZ}, Absheron {@code
 * AZ-ABS} and Jabrayil {@code AZ-CAB} are rayons (the code is the rayon's, so it sits on the
 * Jabrayil district, not on the town); Stepanakert is listed under its Azerbaijani name Xankəndi,
 * {@code AZ-XA}. Points are the cities' centres, WGS 84.
 */
final class KarabakhTerritories {

  private KarabakhTerritories() {}

  static List<Territory> all() {
    return List.of(
        Territory.builder()
            .id(TER_AZERBAIJAN)
            .kind(TerritoryKind.COUNTRY)
            .name(Name.of("Azerbaijan"))
            .addExternalIds(
                ExternalId.iso3166Alpha2("AZ"),
                ExternalId.iso3166Alpha3("AZE"),
                ExternalId.wikidata("Q227"))
            .build(),
        Territory.builder()
            .id(TER_ARMENIA)
            .kind(TerritoryKind.COUNTRY)
            .name(Name.of("Armenia"))
            .addExternalIds(
                ExternalId.iso3166Alpha2("AM"),
                ExternalId.iso3166Alpha3("ARM"),
                ExternalId.wikidata("Q399"))
            .build(),

        // "Upper Karabakh, an internationally recognised territory of Azerbaijan": the parent
        // records where the territory lies in the recognised hierarchy. Control is another matter,
        // recorded as a claim: "the Armenian military occupied Upper Karabakh" in 1991, in TRT
        // World's own words. Nagorno-Karabakh is no administrative division of Azerbaijan today,
        // so it is an AREA and has no ISO 3166-2 code.
        Territory.builder()
            .id(TER_NAGORNO_KARABAKH)
            .kind(TerritoryKind.AREA)
            .name(Name.of("Nagorno-Karabakh"))
            .addAlias(Name.of("Upper Karabakh"))
            .addAlias(Name.of("Karabakh"))
            .parent(TER_AZERBAIJAN)
            .addControlClaim(
                ControlClaim.builder()
                    .controller(ACT_ARMENIAN_FORCES)
                    .status(ControlStatus.OCCUPIED)
                    .period(EdtfTime.parse("1991/.."))
                    // Said by the article's author of someone else: alleged, not confirmed.
                    .certainty(Certainty.ALLEGED)
                    .claimedBy(ACT_TRT_WORLD)
                    .addSource(SRC_TRT)
                    .build())
            .description(
                "Breakaway region; an internationally recognised territory of Azerbaijan"
                    + " (TRT World)")
            .build(),
        Territory.builder()
            .id(TER_STEPANAKERT)
            .kind(TerritoryKind.CITY)
            .name(Name.of("Stepanakert"))
            .addAlias(Name.of("Xankəndi", "az"))
            .parent(TER_NAGORNO_KARABAKH)
            .point(GeoPoint.of(39.8153, 46.7519))
            .addExternalId(ExternalId.iso3166Subdivision("AZ-XA"))
            .description("Nagorno-Karabakh's capital")
            .build(),

        // "Ganja, home to several hundred thousand residents and the country's second-largest
        // city, is located roughly 100 kilometers (about 60 miles) away from Stepanakert".
        // "Several hundred thousand" is kept as an Estimate: low 300,000 ("several" is more than
        // two), high 999,999 (fewer than a million), no best guess, and the phrase itself.
        Territory.builder()
            .id(TER_GANJA)
            .kind(TerritoryKind.CITY)
            .name(Name.of("Ganja"))
            .addAlias(Name.of("Gəncə", "az"))
            .parent(TER_AZERBAIJAN)
            .point(GeoPoint.of(40.6828, 46.3606))
            .population(Estimate.between(300_000, 999_999).withText("several hundred thousand"))
            .addExternalId(ExternalId.iso3166Subdivision("AZ-GA"))
            .description(
                "Azerbaijan's second-largest city; roughly 100 km (about 60 miles) from"
                    + " Stepanakert")
            .build(),
        // "... and so is Mingachevir, which "hosts a water reservoir and key electricity plant"".
        Territory.builder()
            .id(TER_MINGACHEVIR)
            .kind(TerritoryKind.CITY)
            .name(Name.of("Mingachevir"))
            .addAlias(Name.of("Mingəçevir", "az"))
            .parent(TER_AZERBAIJAN)
            .point(GeoPoint.of(40.7703, 47.0496))
            .addExternalId(ExternalId.iso3166Subdivision("AZ-MI"))
            .description(
                "Hosts a water reservoir and key electricity plant; roughly 100 km from"
                    + " Stepanakert")
            .build(),

        // "... missile attacks on the Khizi and Absheron regions of Azerbaijan".
        Territory.builder()
            .id(TER_KHIZI)
            .kind(TerritoryKind.REGION)
            .name(Name.of("Khizi"))
            .addAlias(Name.of("Xızı", "az"))
            .parent(TER_AZERBAIJAN)
            .addExternalId(ExternalId.iso3166Subdivision("AZ-XIZ"))
            .build(),
        Territory.builder()
            .id(TER_ABSHERON)
            .kind(TerritoryKind.REGION)
            .name(Name.of("Absheron"))
            .addAlias(Name.of("Abşeron", "az"))
            .parent(TER_AZERBAIJAN)
            .addExternalId(ExternalId.iso3166Subdivision("AZ-ABS"))
            .build(),

        // Jabrayil: the rayon carries the ISO code, the town (the "city of Jabrayil" whose
        // liberation Aliyev announced) carries the change of control.
        Territory.builder()
            .id(TER_JABRAYIL_DISTRICT)
            .kind(TerritoryKind.REGION)
            .name(Name.of("Jabrayil District"))
            .addAlias(Name.of("Cəbrayıl rayonu", "az"))
            .parent(TER_AZERBAIJAN)
            .addExternalId(ExternalId.iso3166Subdivision("AZ-CAB"))
            .build(),
        jabrayil());
  }

  /**
   * Jabrayil and its change of control, both as claimed by Aliyev: "President Ilham Aliyev
   * congratulated the people of Azerbaijan on the liberation of the city of Jabrayil from Armenian
   * occupation".
   *
   * <p>Two claims, both made in the same statement. The occupation by Armenian forces, from an
   * unknown start ({@code /2020-10}: the article does not say since when) until October 2020, is
   * said by Azerbaijan's President of Armenian forces, so it is ALLEGED. Azerbaijan's control from
   * the announcement on ({@code 2020-10-04/..}) is said by Azerbaijan's President of Azerbaijan,
   * so it is CLAIMED. Neither is confirmed by anyone else in the article.
   */
  private static Territory jabrayil() {
    return Territory.builder()
        .id(TER_JABRAYIL)
        .kind(TerritoryKind.CITY)
        .name(Name.of("Jabrayil"))
        .addAlias(Name.of("Cəbrayıl", "az"))
        .parent(TER_JABRAYIL_DISTRICT)
        .point(GeoPoint.of(39.3999, 47.0245))
        .addControlClaim(
            ControlClaim.builder()
                .controller(ACT_ARMENIAN_FORCES)
                .status(ControlStatus.OCCUPIED)
                .period(EdtfTime.parse("/2020-10"))
                .certainty(Certainty.ALLEGED)
                .claimedBy(ACT_ALIYEV)
                .statement(ST_ALIYEV_JABRAYIL)
                .addSources(SRC_ALIYEV_ADDRESS, SRC_TRT)
                .build())
        .addControlClaim(
            ControlClaim.builder()
                .controller(ACT_AZERBAIJAN)
                .status(ControlStatus.CONTROLLED)
                .period(EdtfTime.parse("2020-10-04/.."))
                .certainty(Certainty.CLAIMED)
                .claimedBy(ACT_ALIYEV)
                .statement(ST_ALIYEV_JABRAYIL)
                .addSources(SRC_ALIYEV_ADDRESS, SRC_TRT)
                .build())
        .description("Town liberated \"from Armenian occupation\", according to President Aliyev")
        .build();
  }
}
