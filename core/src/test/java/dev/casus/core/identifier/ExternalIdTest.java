package dev.casus.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ExternalIdTest {

  private static void assertRejected(Executable construction, String value, IdScheme scheme) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(
        "ExternalId.value \""
            + value
            + "\" is not a valid "
            + scheme.wireName()
            + " id: expected "
            + scheme.describeSyntax(),
        e.getMessage());
  }

  @Test
  void factoriesSetSchemeAndValue() {
    assertId(ExternalId.wikidata("Q227"), IdScheme.WIKIDATA, "Q227", "wikidata:Q227");
    assertId(ExternalId.geonames("587084"), IdScheme.GEONAMES, "587084", "geonames:587084");
    assertId(ExternalId.geonames(587084L), IdScheme.GEONAMES, "587084", "geonames:587084");
    assertId(ExternalId.iso3166Alpha2("AZ"), IdScheme.ISO_3166_1_ALPHA2, "AZ", "iso_3166_1_alpha2:AZ");
    assertId(ExternalId.iso3166Alpha3("AZE"), IdScheme.ISO_3166_1_ALPHA3, "AZE", "iso_3166_1_alpha3:AZE");
    assertId(ExternalId.iso3166Subdivision("AZ-GA"), IdScheme.ISO_3166_2, "AZ-GA", "iso_3166_2:AZ-GA");
    assertId(ExternalId.acled("ARM3351"), IdScheme.ACLED, "ARM3351", "acled:ARM3351");
    assertId(ExternalId.ucdpGed(244657L), IdScheme.UCDP_GED, "244657", "ucdp_ged:244657");
    assertId(ExternalId.gdelt(950124806L), IdScheme.GDELT, "950124806", "gdelt:950124806");
    assertId(
        ExternalId.of(IdScheme.WIKIDATA, "Q399"), IdScheme.WIKIDATA, "Q399", "wikidata:Q399");
  }

  private static void assertId(ExternalId id, IdScheme scheme, String value, String string) {
    assertEquals(scheme, id.scheme());
    assertEquals(value, id.value());
    assertEquals(string, id.toString());
  }

  @Test
  void longFactoriesAcceptTheirExtremes() {
    assertEquals("9999999999", ExternalId.geonames(9_999_999_999L).value());
    assertEquals("9223372036854775807", ExternalId.ucdpGed(Long.MAX_VALUE).value());
    assertEquals("9223372036854775807", ExternalId.gdelt(Long.MAX_VALUE).value());
    assertEquals("1", ExternalId.gdelt(1).value());
  }

  @Test
  void equalsAndHashCode() {
    assertEquals(ExternalId.wikidata("Q227"), ExternalId.of(IdScheme.WIKIDATA, "Q227"));
    assertEquals(
        ExternalId.wikidata("Q227").hashCode(), ExternalId.of(IdScheme.WIKIDATA, "Q227").hashCode());
    assertEquals(ExternalId.geonames(587084L), ExternalId.geonames("587084"));
    assertNotEquals(ExternalId.wikidata("Q227"), ExternalId.wikidata("Q399"));
    assertNotEquals(ExternalId.ucdpGed(5), ExternalId.gdelt(5));
  }

  @Test
  void invalidWikidataIdHasTheDocumentedMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExternalId.wikidata("Q0"));
    assertEquals(
        "ExternalId.value \"Q0\" is not a valid wikidata id: expected Q followed by a positive"
            + " integer without leading zeros, e.g. Q227",
        e.getMessage());
  }

  @Test
  void everyFactoryRejectsInvalidSyntax() {
    assertRejected(() -> ExternalId.wikidata("q227"), "q227", IdScheme.WIKIDATA);
    assertRejected(() -> ExternalId.wikidata(""), "", IdScheme.WIKIDATA);
    assertRejected(() -> ExternalId.geonames("0587084"), "0587084", IdScheme.GEONAMES);
    assertRejected(() -> ExternalId.geonames(0L), "0", IdScheme.GEONAMES);
    assertRejected(() -> ExternalId.geonames(-587084L), "-587084", IdScheme.GEONAMES);
    assertRejected(() -> ExternalId.geonames(12_345_678_901L), "12345678901", IdScheme.GEONAMES);
    assertRejected(() -> ExternalId.iso3166Alpha2("az"), "az", IdScheme.ISO_3166_1_ALPHA2);
    assertRejected(() -> ExternalId.iso3166Alpha2("AZE"), "AZE", IdScheme.ISO_3166_1_ALPHA2);
    assertRejected(() -> ExternalId.iso3166Alpha3("AZ"), "AZ", IdScheme.ISO_3166_1_ALPHA3);
    assertRejected(() -> ExternalId.iso3166Subdivision("AZ-GANJ"), "AZ-GANJ", IdScheme.ISO_3166_2);
    assertRejected(() -> ExternalId.iso3166Subdivision("AZ"), "AZ", IdScheme.ISO_3166_2);
    assertRejected(() -> ExternalId.acled("arm3351"), "arm3351", IdScheme.ACLED);
    assertRejected(() -> ExternalId.acled("3351"), "3351", IdScheme.ACLED);
    assertRejected(() -> ExternalId.ucdpGed(0), "0", IdScheme.UCDP_GED);
    assertRejected(() -> ExternalId.ucdpGed(-1), "-1", IdScheme.UCDP_GED);
    assertRejected(() -> ExternalId.gdelt(0), "0", IdScheme.GDELT);
    assertRejected(() -> ExternalId.gdelt(Long.MIN_VALUE), "-9223372036854775808", IdScheme.GDELT);
    assertRejected(() -> ExternalId.of(IdScheme.GDELT, "01"), "01", IdScheme.GDELT);
    assertRejected(
        () -> ExternalId.of(IdScheme.UCDP_GED, "9223372036854775808"),
        "9223372036854775808",
        IdScheme.UCDP_GED);
  }

  @Test
  void invalidValueMessageNamesTheField() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExternalId.acled("ARM-3351"));
    assertTrue(e.getMessage().startsWith("ExternalId.value"), e.getMessage());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> ExternalId.of(null, "Q227"));
    assertThrows(NullPointerException.class, () -> ExternalId.of(IdScheme.WIKIDATA, null));
    assertThrows(NullPointerException.class, () -> ExternalId.wikidata(null));
    assertThrows(NullPointerException.class, () -> ExternalId.geonames(null));
    assertThrows(NullPointerException.class, () -> ExternalId.iso3166Alpha2(null));
    assertThrows(NullPointerException.class, () -> ExternalId.iso3166Alpha3(null));
    assertThrows(NullPointerException.class, () -> ExternalId.iso3166Subdivision(null));
    assertThrows(NullPointerException.class, () -> ExternalId.acled(null));
  }
}
