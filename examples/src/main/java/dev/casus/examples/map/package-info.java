/**
 * Example: import an ACLED CSV excerpt and put its incidents on a map as GeoJSON ({@link
 * dev.casus.examples.map.AcledToMap}).
 */
@NullMarked
package dev.casus.examples.map;

import org.jspecify.annotations.NullMarked;
