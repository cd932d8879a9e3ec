package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code StatementText}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"form", "text", "language"})
public class StatementTextPojo {
  public String form;
  public String text;
  public String language;
}
