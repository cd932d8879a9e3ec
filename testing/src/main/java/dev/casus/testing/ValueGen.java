package dev.casus.testing;

import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.ImmutableLocation;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.territory.TerritoryId;
import java.util.Optional;

/** Counts, estimates, points, locations and external ids. */
final class ValueGen {

  /** The largest count the wire format carries: 2^53-1. */
  static final long MAX_COUNT = (1L << 53) - 1;

  private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String UPPER_DIGITS = UPPER + "0123456789";

  private final Draw draw;
  private final TextGen text;

  ValueGen(Draw draw, TextGen text) {
    this.draw = draw;
    this.text = text;
  }

  /** A count in {@code [0, 2^53-1]}: often 0 or small, sometimes huge. */
  long count() {
    int form = draw.between(0, 19);
    if (form < 3) {
      return 0;
    }
    if (form < 12) {
      return draw.between(1L, 100L);
    }
    if (form < 16) {
      return draw.between(101L, 1_000_000L);
    }
    if (form < 18) {
      return draw.between(1_000_001L, MAX_COUNT);
    }
    return draw.pick(MAX_COUNT, MAX_COUNT - 1, 1L);
  }

  /** An estimate of any shape: exact, open, closed, with or without best guess and phrase. */
  Estimate estimate() {
    long[] v = {count(), count(), count()};
    java.util.Arrays.sort(v);
    Estimate e;
    switch (draw.between(0, 7)) {
      case 0:
      case 1:
        e = Estimate.exactly(v[draw.index(3)]);
        break;
      case 2:
        e = Estimate.atLeast(v[0]);
        break;
      case 3:
        e = Estimate.atMost(v[2]);
        break;
      case 4:
        e = Estimate.between(v[0], v[2]);
        break;
      case 5:
        e = Estimate.between(v[0], v[1], v[2]);
        break;
      case 6:
        e = Estimate.approximately(v[1]);
        break;
      default:
        e = Estimate.builder().low(v[0]).best(v[1]).build();
        break;
    }
    return draw.chance(0.3) ? e.withText(draw.pick(Pools.ESTIMATE_PHRASES)) : e;
  }

  /** A point anywhere, often at the poles, the antimeridian or the origin. */
  GeoPoint geoPoint() {
    double latitude = coordinate(90);
    double longitude = coordinate(180);
    return GeoPoint.of(latitude, longitude);
  }

  private double coordinate(double limit) {
    int form = draw.between(0, 9);
    if (form == 0) {
      return draw.pick(limit, -limit, 0.0, -0.0);
    }
    double d = draw.between(-limit, limit);
    if (form < 5) {
      // rounded to 4 decimals, as sources usually give them
      return Math.max(-limit, Math.min(limit, Math.round(d * 10_000) / 10_000.0));
    }
    return d;
  }

  /** A location with a territory, a point or both. */
  Location location(Optional<TerritoryId> territory) {
    ImmutableLocation.Builder b = Location.builder().precision(draw.constant(LocationPrecision.class));
    boolean point = territory.isEmpty() || draw.chance(0.5);
    territory.ifPresent(b::territory);
    if (point) {
      b.point(geoPoint());
    }
    if (draw.chance(0.3)) {
      b.description(text.text(false));
    }
    return b.build();
  }

  /** A syntactically valid id in a random scheme. */
  ExternalId externalId() {
    return externalId(draw.constant(IdScheme.class));
  }

  /** A syntactically valid id in {@code scheme}, sometimes at the edges of its syntax. */
  ExternalId externalId(IdScheme scheme) {
    return ExternalId.of(scheme, externalIdValue(scheme));
  }

  private String externalIdValue(IdScheme scheme) {
    switch (scheme) {
      case WIKIDATA:
        return "Q" + positive(draw.between(1, 12));
      case GEONAMES:
        return positive(draw.between(1, 10));
      case ISO_3166_1_ALPHA2:
        return chars(UPPER, 2);
      case ISO_3166_1_ALPHA3:
        return chars(UPPER, 3);
      case ISO_3166_2:
        return chars(UPPER, 2) + "-" + chars(UPPER_DIGITS, draw.between(1, 3));
      case ACLED:
        return chars(UPPER, draw.between(2, 4)) + digits(draw.between(1, 9));
      case UCDP_GED:
      case GDELT:
        return Long.toString(
            draw.chance(0.1) ? draw.pick(1L, Long.MAX_VALUE) : draw.between(1L, Long.MAX_VALUE));
    }
    throw new AssertionError(scheme);
  }

  private String positive(int digits) {
    return (char) ('1' + draw.index(9)) + digits(digits - 1);
  }

  private String digits(int n) {
    return chars("0123456789", n);
  }

  private String chars(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(draw.index(alphabet.length())));
    }
    return b.toString();
  }
}
