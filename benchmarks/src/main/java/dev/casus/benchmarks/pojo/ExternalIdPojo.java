package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code ExternalId}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"scheme", "value"})
public class ExternalIdPojo {
  public String scheme;
  public String value;
}
