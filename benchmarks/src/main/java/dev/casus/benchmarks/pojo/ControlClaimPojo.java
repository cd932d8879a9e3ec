package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code ControlClaim}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"controller", "status", "period", "certainty", "claimedBy", "statement", "sources"})
public class ControlClaimPojo {
  public String controller;
  public String status;
  public String period;
  public String certainty;
  public String claimedBy;
  public String statement;
  public List<String> sources;
}
