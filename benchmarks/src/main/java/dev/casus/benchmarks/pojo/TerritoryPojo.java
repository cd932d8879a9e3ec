package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Territory}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "name", "aliases", "parent", "point", "population", "controlClaims", "externalIds", "description"})
public class TerritoryPojo {
  public String id;
  public String kind;
  public NamePojo name;
  public List<NamePojo> aliases;
  public String parent;
  public GeoPointPojo point;
  public EstimatePojo population;
  public List<ControlClaimPojo> controlClaims;
  public List<ExternalIdPojo> externalIds;
  public String description;

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
