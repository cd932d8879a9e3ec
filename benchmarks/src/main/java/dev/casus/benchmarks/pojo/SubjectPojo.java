package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Subject}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"source", "actor", "territory", "incident", "statement", "casualtyReport", "stance"})
public class SubjectPojo {
  public String source;
  public String actor;
  public String territory;
  public String incident;
  public String statement;
  public String casualtyReport;
  public String stance;
}
