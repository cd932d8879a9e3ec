package dev.casus.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** A name, a bare string or {@code {"text":..,"language":..}}, as a user would map it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class NamePojo {
  public String text;
  public String language;

  /** @param text the bare-string form @return the name */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NamePojo of(String text) {
    NamePojo n = new NamePojo();
    n.text = text;
    return n;
  }

  /** @param text the text @param language the language @return the name */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public static NamePojo of(
      @com.fasterxml.jackson.annotation.JsonProperty("text") String text,
      @com.fasterxml.jackson.annotation.JsonProperty("language") String language) {
    NamePojo n = new NamePojo();
    n.text = text;
    n.language = language;
    return n;
  }

  /** @return the JSON form */
  @JsonValue
  public Object json() {
    if (language == null) {
      return text;
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("text", text);
    m.put("language", language);
    return m;
  }
}
