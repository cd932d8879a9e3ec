package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Participant}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"actor", "role", "certainty", "attributedIn"})
public class ParticipantPojo {
  public String actor;
  public String role;
  public String certainty;
  public List<String> attributedIn;
}
