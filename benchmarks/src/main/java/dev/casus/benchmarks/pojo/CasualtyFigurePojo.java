package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code CasualtyFigure}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"outcome", "group", "side", "count"})
public class CasualtyFigurePojo {
  public String outcome;
  public String group;
  public String side;
  public EstimatePojo count;
}
