package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-written mutable Jackson POJO of the Casus feed document: the baseline. */
@JsonPropertyOrder({
  "schemaVersion", "producer", "createdAt", "description", "partial",
  "sources", "actors", "territories", "incidents", "statements", "casualtyReports"
})
public class FeedPojo {
  public String schemaVersion;
  public String producer;
  public String createdAt;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public String description;

  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean partial;

  public List<SourcePojo> sources = new ArrayList<>();
  public List<ActorPojo> actors = new ArrayList<>();
  public List<TerritoryPojo> territories = new ArrayList<>();
  public List<IncidentPojo> incidents = new ArrayList<>();
  public List<StatementPojo> statements = new ArrayList<>();
  public List<CasualtyReportPojo> casualtyReports = new ArrayList<>();

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
