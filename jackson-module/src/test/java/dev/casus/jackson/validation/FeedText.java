package dev.casus.jackson.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed written by hand, possibly broken, that a test renders both as a feed document (one member
 * or entity per line, so that lines are known) and as JSON Lines (one record per line). Members are
 * written in single-quote JSON for readability; {@link #q} turns them into JSON.
 */
final class FeedText {

  /** The members of a valid header, created on 2020-10-05. */
  static final String HEADER =
      "'schemaVersion': '1.0', 'producer': 'test', 'createdAt': '2020-10-05T00:00:00Z'";

  /** The document's array for each JSON Lines record type, in feed member order. */
  private static final Map<String, String> ARRAYS = new LinkedHashMap<>();

  static {
    ARRAYS.put("source", "sources");
    ARRAYS.put("actor", "actors");
    ARRAYS.put("territory", "territories");
    ARRAYS.put("incident", "incidents");
    ARRAYS.put("statement", "statements");
    ARRAYS.put("casualty_report", "casualtyReports");
  }

  private final String header;
  private final Map<String, List<String>> entities = new LinkedHashMap<>();

  private FeedText(String header) {
    this.header = header;
    ARRAYS.keySet().forEach(type -> entities.put(type, new ArrayList<>()));
  }

  /** A feed with the given header members (single-quote JSON, without braces). */
  static FeedText withHeader(String headerMembers) {
    return new FeedText(headerMembers);
  }

  /** A feed with the valid {@link #HEADER}. */
  static FeedText feed() {
    return new FeedText(HEADER);
  }

  /** Single quotes to double quotes. */
  static String q(String s) {
    return s.replace('\'', '"');
  }

  FeedText source(String members) {
    return add("source", members);
  }

  FeedText actor(String members) {
    return add("actor", members);
  }

  FeedText territory(String members) {
    return add("territory", members);
  }

  FeedText incident(String members) {
    return add("incident", members);
  }

  FeedText statement(String members) {
    return add("statement", members);
  }

  FeedText casualtyReport(String members) {
    return add("casualty_report", members);
  }

  private FeedText add(String type, String members) {
    entities.get(type).add(members);
    return this;
  }

  /**
   * The feed document: line 1 {@code {}, line 2 the header members, then per non-empty array a line
   * {@code "name": [} followed by one entity per line and a line {@code ]}, then {@code }}.
   */
  String document() {
    StringBuilder s = new StringBuilder("{\n").append(header);
    entities.forEach(
        (type, list) -> {
          if (list.isEmpty()) {
            return;
          }
          s.append(",\n'").append(ARRAYS.get(type)).append("': [\n");
          for (int i = 0; i < list.size(); i++) {
            s.append('{').append(list.get(i)).append('}').append(i + 1 < list.size() ? "," : "");
            s.append('\n');
          }
          s.append(']');
        });
    return q(s.append("\n}\n").toString());
  }

  /** The document's line of entity {@code index} of array {@code array} ({@code "incidents"}). */
  long documentLine(String array, int index) {
    long nameLine = 3;
    for (Map.Entry<String, List<String>> e : entities.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      if (ARRAYS.get(e.getKey()).equals(array)) {
        return nameLine + 1 + index;
      }
      nameLine += e.getValue().size() + 2;
    }
    throw new IllegalArgumentException("no array " + array);
  }

  /** The JSON Lines form: the header on line 1, then one record per line in feed member order. */
  String jsonLines() {
    StringBuilder s = new StringBuilder("{'type': 'feed', ").append(header).append("}\n");
    entities.forEach(
        (type, list) ->
            list.forEach(
                members ->
                    s.append("{'type': '").append(type).append("', ").append(members).append("}\n")));
    return q(s.toString());
  }

  /**
   * Where an entity of the document is in the JSON Lines form: the line of {@code
   * /incidents/3}.
   */
  long jsonLinesLine(String array, int index) {
    long line = 2;
    for (Map.Entry<String, List<String>> e : entities.entrySet()) {
      if (ARRAYS.get(e.getKey()).equals(array)) {
        return line + index;
      }
      line += e.getValue().size();
    }
    throw new IllegalArgumentException("no array " + array);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
