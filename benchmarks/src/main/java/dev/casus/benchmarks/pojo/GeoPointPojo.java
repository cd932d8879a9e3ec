package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code GeoPoint}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"latitude", "longitude"})
public class GeoPointPojo {
  public double latitude;
  public double longitude;
}
