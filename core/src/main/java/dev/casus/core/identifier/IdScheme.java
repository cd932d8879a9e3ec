package dev.casus.core.identifier;

import dev.casus.core.code.CodeList;
import java.util.regex.Pattern;

/**
 * A system of external identifiers, with the syntax its values must follow. The check is on
 * syntax only: {@code Q227} is a well-formed Wikidata id whether or not the item exists.
 *
 * <p>Wire names follow {@link CodeList}: {@code "wikidata"}, {@code "geonames"}, {@code
 * "iso_3166_1_alpha2"}, {@code "iso_3166_1_alpha3"}, {@code "iso_3166_2"}, {@code "acled"},
 * {@code "ucdp_ged"}, {@code "gdelt"}.
 */
public enum IdScheme implements CodeList {

  /**
   * A Wikidata item id (QID): {@code Q} followed by a positive integer without leading zeros,
   * e.g. {@code Q227} (Azerbaijan) or {@code Q399} (Armenia).
   */
  WIKIDATA("Q[1-9][0-9]*", "Q followed by a positive integer without leading zeros, e.g. Q227"),

  /**
   * A GeoNames feature id: a positive decimal integer of at most 10 digits without leading zeros,
   * e.g. {@code 587084}.
   */
  GEONAMES(
      "[1-9][0-9]{0,9}",
      "a positive integer of at most 10 digits without leading zeros, e.g. 587084"),

  /**
   * An ISO 3166-1 alpha-2 country code: two upper-case letters, e.g. {@code AZ} (Azerbaijan),
   * {@code AM} (Armenia).
   */
  ISO_3166_1_ALPHA2("[A-Z]{2}", "two upper-case letters, e.g. AZ"),

  /**
   * An ISO 3166-1 alpha-3 country code: three upper-case letters, e.g. {@code AZE}, {@code ARM}.
   */
  ISO_3166_1_ALPHA3("[A-Z]{3}", "three upper-case letters, e.g. AZE"),

  /**
   * An ISO 3166-2 subdivision code: the alpha-2 country code, a hyphen, and one to three
   * upper-case letters or digits, e.g. {@code AZ-GA} (Ganja) or {@code AZ-XIZ} (Khizi).
   */
  ISO_3166_2(
      "[A-Z]{2}-[A-Z0-9]{1,3}",
      "two upper-case letters, a hyphen and 1 to 3 upper-case letters or digits, e.g. AZ-GA"),

  /**
   * An ACLED event id ({@code event_id_cnty}): a two- to four-letter upper-case country prefix
   * followed by one to nine digits, e.g. {@code ARM3351} or {@code AZE1234}.
   */
  ACLED(
      "[A-Z]{2,4}[0-9]{1,9}",
      "2 to 4 upper-case letters followed by 1 to 9 digits, e.g. ARM3351"),

  /**
   * A UCDP GED event id ({@code id}): a positive integer without leading zeros that fits in a
   * Java {@code long}, e.g. {@code 244657}.
   */
  UCDP_GED(
      "[1-9][0-9]{0,18}",
      "a positive integer without leading zeros, at most 9223372036854775807, e.g. 244657"),

  /**
   * A GDELT event id ({@code GlobalEventID}): a positive integer without leading zeros that fits
   * in a Java {@code long}, e.g. {@code 950124806}.
   */
  GDELT(
      "[1-9][0-9]{0,18}",
      "a positive integer without leading zeros, at most 9223372036854775807, e.g. 950124806");

  private static final String MAX_LONG = Long.toString(Long.MAX_VALUE);

  private final Pattern syntax;
  private final String description;

  IdScheme(String syntax, String description) {
    this.syntax = Pattern.compile(syntax);
    this.description = description;
  }

  /**
   * Whether {@code value} is a syntactically valid id in this scheme. Case matters: {@code q227}
   * and {@code az} are not valid.
   *
   * @param value the candidate id
   * @return true if valid
   */
  public boolean isValid(String value) {
    if (!syntax.matcher(value).matches()) {
      return false;
    }
    if (this == UCDP_GED || this == GDELT) {
      // 19 digits may overflow a long; equal-length digit strings compare like numbers
      return value.length() < MAX_LONG.length() || value.compareTo(MAX_LONG) <= 0;
    }
    return true;
  }

  /**
   * The syntax of this scheme's ids in words, with an example, for error messages: e.g. {@code
   * "Q followed by a positive integer without leading zeros, e.g. Q227"}.
   *
   * @return the description
   */
  public String describeSyntax() {
    return description;
  }
}
