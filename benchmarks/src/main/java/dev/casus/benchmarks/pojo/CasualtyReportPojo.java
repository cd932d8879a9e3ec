package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code CasualtyReport}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "reportedBy", "asOf", "incident", "territory", "period", "figures", "statement", "sources", "notes"})
public class CasualtyReportPojo {
  public String id;
  public String reportedBy;
  public String asOf;
  public String incident;
  public String territory;
  public String period;
  public List<CasualtyFigurePojo> figures;
  public String statement;
  public List<String> sources;
  public String notes;

  private final Map<String, JsonNode> extensions = new TreeMap<>();

  /** Keeps {@code x-...} members. @param name the member @param value its value */
  @JsonAnySetter
  public void setExtension(String name, JsonNode value) {
    extensions.put(name, value);
  }

  /** The {@code x-...} members. @return the extensions */
  @JsonAnyGetter
  public Map<String, JsonNode> getExtensions() {
    return extensions;
  }
}
