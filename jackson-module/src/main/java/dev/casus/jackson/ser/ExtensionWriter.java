package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.casus.jackson.deser.Limits;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes producer extensions ({@code x-...} members) last, sorted by name ({@link
 * String#compareTo} order). Each value is raw JSON text; it is parsed and copied token by token
 * into the output, so a value that is not exactly one JSON value within the reader limits can
 * never corrupt the output: it fails the write with {@link IllegalArgumentException} instead. The
 * copy is canonical like the reader's (no insignificant whitespace in compact output, indented
 * with the rest in pretty output; numbers exactly as written).
 */
public final class ExtensionWriter {

  private static final JsonFactory RAW =
      JsonFactory.builder()
          .streamReadConstraints(Limits.constraints(Limits.DEFAULT_MAX_DOCUMENT_LENGTH))
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private ExtensionWriter() {}

  /**
   * Checks that every extension value is exactly one JSON value.
   *
   * @param owner what holds the extensions, for the message, e.g. {@code "Incident inc-ganja"}
   * @param extensions member name to raw JSON text
   * @throws IllegalArgumentException naming the owner and member of the first bad value
   */
  public static void check(String owner, Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      try (JsonParser p = RAW.createParser(e.getValue())) {
        if (p.nextToken() == null) {
          throw bad(owner, e.getKey(), "it is empty");
        }
        p.skipChildren();
        if (p.nextToken() != null) {
          throw bad(owner, e.getKey(), "it holds more than one JSON value");
        }
      } catch (JsonProcessingException x) {
        throw bad(owner, e.getKey(), String.valueOf(x.getOriginalMessage()));
      } catch (IOException x) {
        throw bad(owner, e.getKey(), String.valueOf(x.getMessage()));
      }
    }
  }

  /**
   * {@link #check(String, Map)} for an entity, naming it only if a value is bad: most entities
   * have no extensions, and a feed has a great many entities.
   *
   * @param kind the entity type, e.g. {@code "Incident"}
   * @param id the entity's id
   * @param extensions member name to raw JSON text
   * @throws IllegalArgumentException naming the entity and member of the first bad value
   */
  public static void check(String kind, Object id, Map<String, String> extensions) {
    if (!extensions.isEmpty()) {
      check(kind + " " + id, extensions);
    }
  }

  /** Writes an entity's extensions, naming it (for a bad value) only if it has any. */
  static void write(JsonGenerator g, Map<String, String> extensions, String kind, Object id)
      throws IOException {
    if (!extensions.isEmpty()) {
      write(g, extensions, kind + " " + id);
    }
  }

  static void write(JsonGenerator g, Map<String, String> extensions, String owner)
      throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    Map<String, String> sorted =
        extensions.size() == 1 ? extensions : new TreeMap<>(extensions);
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      g.writeFieldName(e.getKey());
      copy(g, e.getValue(), owner, e.getKey());
    }
  }

  private static void copy(JsonGenerator g, String raw, String owner, String member)
      throws IOException {
    try (JsonParser p = RAW.createParser(raw)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw bad(owner, member, "it is empty");
      }
      int depth = 0;
      do {
        switch (t) {
          case START_OBJECT:
            g.writeStartObject();
            depth++;
            break;
          case START_ARRAY:
            g.writeStartArray();
            depth++;
            break;
          case END_OBJECT:
            g.writeEndObject();
            depth--;
            break;
          case END_ARRAY:
            g.writeEndArray();
            depth--;
            break;
          case FIELD_NAME:
            g.writeFieldName(p.currentName());
            break;
          case VALUE_STRING:
            g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            break;
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            g.writeNumber(p.getText());
            break;
          case VALUE_TRUE:
            g.writeBoolean(true);
            break;
          case VALUE_FALSE:
            g.writeBoolean(false);
            break;
          case VALUE_NULL:
            g.writeNull();
            break;
          default:
            throw bad(owner, member, "unexpected token " + t);
        }
        t = depth > 0 ? p.nextToken() : null;
      } while (t != null);
      if (p.nextToken() != null) {
        throw bad(owner, member, "it holds more than one JSON value");
      }
    } catch (JsonProcessingException x) {
      throw bad(owner, member, String.valueOf(x.getOriginalMessage()));
    }
  }

  private static IllegalArgumentException bad(String owner, String member, String why) {
    return new IllegalArgumentException(
        owner + ": extension \"" + member + "\" is not one JSON value: " + why);
  }
}
