/**
 * Export of Casus incidents (and, optionally, territories) as a GeoJSON FeatureCollection (RFC
 * 7946) that opens as-is in QGIS, geojson.io or a web map: one Point feature per located incident
 * location, longitude first, with flat, human-readable properties (type, date, place, alleged and
 * claimed perpetrators, best fatality count, sources).
 */
@NullMarked
@CasusStyle
package dev.casus.interop.geojson;

import dev.casus.core.CasusStyle;
import org.jspecify.annotations.NullMarked;
