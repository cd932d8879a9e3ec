package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Affiliation}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"organisation", "role", "period"})
public class AffiliationPojo {
  public String organisation;
  public String role;
  public String period;
}
