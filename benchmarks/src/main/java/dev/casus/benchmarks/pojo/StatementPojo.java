package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Statement}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "speaker", "onBehalfOf", "addressees", "time", "channel", "texts", "subjects", "sources"})
public class StatementPojo {
  public String id;
  public String kind;
  public String speaker;
  public String onBehalfOf;
  public List<String> addressees;
  public String time;
  public String channel;
  public List<StatementTextPojo> texts;
  public List<SubjectPojo> subjects;
  public List<String> sources;

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
