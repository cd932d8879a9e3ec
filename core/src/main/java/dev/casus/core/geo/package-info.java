/**
 * Where an incident happened: a WGS 84 {@link dev.casus.core.geo.GeoPoint}, a reference to a
 * territory, or both, with a {@link dev.casus.core.geo.LocationPrecision} saying how exact the
 * place is (the role of ACLED's {@code geo_precision} and UCDP GED's {@code where_prec}).
 */
@NullMarked
@CasusStyle
package dev.casus.core.geo;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
