/**
 * Identifiers that other systems give to the actors, places and events of the model: Wikidata
 * QIDs, GeoNames ids, ISO 3166 codes, and the event ids of ACLED, UCDP GED and GDELT.
 *
 * <p>An {@link dev.casus.core.identifier.ExternalId} pairs an {@link
 * dev.casus.core.identifier.IdScheme} with a value whose syntax the scheme checks, so that Casus
 * records can be joined with those datasets without guessing, e.g. Azerbaijan is {@code
 * wikidata:Q227} and {@code iso_3166_1_alpha2:AZ}.
 */
@NullMarked
@CasusStyle
package dev.casus.core.identifier;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
