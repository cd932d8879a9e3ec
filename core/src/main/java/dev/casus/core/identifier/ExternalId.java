package dev.casus.core.identifier;

import org.immutables.value.Value;

/**
 * An id that an external system gives to something in the model, e.g. Azerbaijan's Wikidata item
 * {@code wikidata:Q227}, Ganja's ISO 3166-2 code {@code iso_3166_2:AZ-GA}, or the ACLED event
 * {@code acled:ARM3351}. Construction checks the value's syntax against its {@link IdScheme}.
 */
@Value.Immutable
public abstract class ExternalId {

  ExternalId() {}

  /**
   * The id {@code value} in {@code scheme}.
   *
   * @param scheme the id system
   * @param value the id, in the syntax of {@code scheme}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not valid in {@code scheme}
   */
  public static ExternalId of(IdScheme scheme, String value) {
    return ImmutableExternalId.of(scheme, value);
  }

  /**
   * A Wikidata item id.
   *
   * @param qid the QID, e.g. {@code "Q227"}
   * @return the id
   * @throws IllegalArgumentException if {@code qid} is not {@code Q} followed by a positive
   *     integer
   */
  public static ExternalId wikidata(String qid) {
    return of(IdScheme.WIKIDATA, qid);
  }

  /**
   * A GeoNames feature id.
   *
   * @param id the id as a decimal string, e.g. {@code "587084"}
   * @return the id
   * @throws IllegalArgumentException if {@code id} is not a positive integer of at most 10 digits
   */
  public static ExternalId geonames(String id) {
    return of(IdScheme.GEONAMES, id);
  }

  /**
   * A GeoNames feature id.
   *
   * @param id the id, e.g. {@code 587084}
   * @return the id
   * @throws IllegalArgumentException if {@code id} is not positive or has more than 10 digits
   */
  public static ExternalId geonames(long id) {
    return geonames(Long.toString(id));
  }

  /**
   * An ISO 3166-1 alpha-2 country code.
   *
   * @param code the code, e.g. {@code "AZ"}
   * @return the id
   * @throws IllegalArgumentException if {@code code} is not two upper-case letters
   */
  public static ExternalId iso3166Alpha2(String code) {
    return of(IdScheme.ISO_3166_1_ALPHA2, code);
  }

  /**
   * An ISO 3166-1 alpha-3 country code.
   *
   * @param code the code, e.g. {@code "AZE"}
   * @return the id
   * @throws IllegalArgumentException if {@code code} is not three upper-case letters
   */
  public static ExternalId iso3166Alpha3(String code) {
    return of(IdScheme.ISO_3166_1_ALPHA3, code);
  }

  /**
   * An ISO 3166-2 subdivision code.
   *
   * @param code the code, e.g. {@code "AZ-GA"} for Ganja
   * @return the id
   * @throws IllegalArgumentException if {@code code} is not of the form {@code CC-XXX}
   */
  public static ExternalId iso3166Subdivision(String code) {
    return of(IdScheme.ISO_3166_2, code);
  }

  /**
   * An ACLED event id ({@code event_id_cnty}).
   *
   * @param eventIdCnty the id, e.g. {@code "ARM3351"}
   * @return the id
   * @throws IllegalArgumentException if {@code eventIdCnty} is not 2 to 4 upper-case letters
   *     followed by 1 to 9 digits
   */
  public static ExternalId acled(String eventIdCnty) {
    return of(IdScheme.ACLED, eventIdCnty);
  }

  /**
   * A UCDP GED event id.
   *
   * @param id the id, e.g. {@code 244657}
   * @return the id
   * @throws IllegalArgumentException if {@code id} is not positive
   */
  public static ExternalId ucdpGed(long id) {
    return of(IdScheme.UCDP_GED, Long.toString(id));
  }

  /**
   * A GDELT event id ({@code GlobalEventID}).
   *
   * @param globalEventId the id, e.g. {@code 950124806}
   * @return the id
   * @throws IllegalArgumentException if {@code globalEventId} is not positive
   */
  public static ExternalId gdelt(long globalEventId) {
    return of(IdScheme.GDELT, Long.toString(globalEventId));
  }

  /**
   * The system that issued the id.
   *
   * @return the scheme
   */
  @Value.Parameter
  public abstract IdScheme scheme();

  /**
   * The id within its scheme, valid in the syntax of {@link #scheme()}, e.g. {@code "Q227"}.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    if (!scheme().isValid(value())) {
      throw new IllegalArgumentException(
          "ExternalId.value \""
              + value()
              + "\" is not a valid "
              + scheme().wireName()
              + " id: expected "
              + scheme().describeSyntax());
    }
  }

  /**
   * The scheme's wire name and the value, separated by a colon: {@code "wikidata:Q227"}.
   *
   * @return the id as {@code scheme:value}
   */
  @Override
  public final String toString() {
    return scheme().wireName() + ":" + value();
  }
}
