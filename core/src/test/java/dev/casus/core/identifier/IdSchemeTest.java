package dev.casus.core.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.code.CodeList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdSchemeTest {

  private static final Map<IdScheme, List<String>> VALID = new EnumMap<>(IdScheme.class);
  private static final Map<IdScheme, List<String>> INVALID = new EnumMap<>(IdScheme.class);

  static {
    VALID.put(IdScheme.WIKIDATA, List.of("Q227", "Q399", "Q1", "Q10", "Q123456789"));
    INVALID.put(
        IdScheme.WIKIDATA,
        List.of("", "Q", "Q0", "Q01", "q227", "227", "Q22a", " Q227", "Q227 ", "P31", "L1", "Q-1"));

    VALID.put(IdScheme.GEONAMES, List.of("1", "587084", "1234567890", "9999999999"));
    INVALID.put(
        IdScheme.GEONAMES,
        List.of("", "0", "0123", "-5", "+5", "12345678901", "12a", " 5", "5.0", "１２"));

    VALID.put(IdScheme.ISO_3166_1_ALPHA2, List.of("AZ", "AM", "US", "XK"));
    INVALID.put(IdScheme.ISO_3166_1_ALPHA2, List.of("", "az", "Az", "A", "AZE", "A1", "A-", "ÄZ"));

    VALID.put(IdScheme.ISO_3166_1_ALPHA3, List.of("AZE", "ARM", "USA"));
    INVALID.put(IdScheme.ISO_3166_1_ALPHA3, List.of("", "aze", "AZ", "AZER", "AZ1", "031"));

    VALID.put(IdScheme.ISO_3166_2, List.of("AZ-GA", "AZ-MI", "AZ-XIZ", "AZ-ABS", "FR-75", "FR-2A", "US-CA", "GB-LND"));
    INVALID.put(
        IdScheme.ISO_3166_2,
        List.of("", "AZ", "AZ-", "AZ-ABCD", "az-ga", "AZ_GA", "AZE-GA", "AZ-G-A", "AZ-ga", "A-GA"));

    VALID.put(IdScheme.ACLED, List.of("ARM3351", "AZE1234", "AZ1", "ABCD123456789"));
    INVALID.put(
        IdScheme.ACLED,
        List.of("", "ARM", "3351", "arm3351", "A3351", "ABCDE1", "ARM1234567890", "ARM-3351", "ARM 3351"));

    List<String> positiveLongs = List.of("1", "244657", "950124806", "9223372036854775807");
    List<String> notPositiveLongs =
        List.of("", "0", "-1", "01", "1.0", "1e5", "9223372036854775808", "9999999999999999999",
            "10000000000000000000", "99999999999999999999");
    VALID.put(IdScheme.UCDP_GED, positiveLongs);
    INVALID.put(IdScheme.UCDP_GED, notPositiveLongs);
    VALID.put(IdScheme.GDELT, positiveLongs);
    INVALID.put(IdScheme.GDELT, notPositiveLongs);
  }

  @Test
  void everySchemeHasValidAndInvalidSamples() {
    for (IdScheme scheme : IdScheme.values()) {
      assertTrue(VALID.containsKey(scheme), scheme + " has no valid samples");
      assertTrue(INVALID.containsKey(scheme), scheme + " has no invalid samples");
    }
  }

  @Test
  void validSamplesAreAccepted() {
    VALID.forEach(
        (scheme, samples) -> {
          for (String sample : samples) {
            assertTrue(scheme.isValid(sample), scheme + " should accept \"" + sample + "\"");
          }
        });
  }

  @Test
  void invalidSamplesAreRejected() {
    INVALID.forEach(
        (scheme, samples) -> {
          for (String sample : samples) {
            assertFalse(scheme.isValid(sample), scheme + " should reject \"" + sample + "\"");
          }
        });
  }

  @Test
  void describeSyntaxGivesAnExampleThatIsItselfValid() {
    for (IdScheme scheme : IdScheme.values()) {
      String description = scheme.describeSyntax();
      int eg = description.lastIndexOf("e.g. ");
      assertTrue(eg > 0, scheme + ": " + description);
      String example = description.substring(eg + "e.g. ".length());
      assertTrue(scheme.isValid(example), scheme + " example \"" + example + "\" is invalid");
    }
  }

  @Test
  void wireNames() {
    assertEquals(
        List.of(
            "wikidata",
            "geonames",
            "iso_3166_1_alpha2",
            "iso_3166_1_alpha3",
            "iso_3166_2",
            "acled",
            "ucdp_ged",
            "gdelt"),
        List.of(IdScheme.values()).stream().map(IdScheme::wireName).toList());
    for (IdScheme scheme : IdScheme.values()) {
      assertEquals(Optional.of(scheme), CodeList.fromWireName(IdScheme.class, scheme.wireName()));
    }
  }
}
