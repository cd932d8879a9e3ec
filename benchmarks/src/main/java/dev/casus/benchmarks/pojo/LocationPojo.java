package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Location}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"territory", "point", "precision", "description"})
public class LocationPojo {
  public String territory;
  public GeoPointPojo point;
  public String precision;
  public String description;
}
