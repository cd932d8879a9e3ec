package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-written mutable Jackson POJO of the same JSON shape as Casus' {@code Source}: the baseline. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "kind", "title", "publisher", "byline", "author", "url", "published", "partOf", "externalIds"})
public class SourcePojo {
  public String id;
  public String kind;
  public String title;
  public String publisher;
  public String byline;
  public String author;
  public String url;
  public String published;
  public String partOf;
  public List<ExternalIdPojo> externalIds;

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
