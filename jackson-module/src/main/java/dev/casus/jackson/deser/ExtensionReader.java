package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.core.extension.Extensions;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads producer extensions ({@code x-...} members of the feed and of entities) as raw JSON text:
 * the value's tokens are copied into a compact canonical string (no insignificant whitespace,
 * strings re-escaped minimally, numbers exactly as written), so that they are written back
 * unchanged. Duplicate member names inside an extension value are reported like any other.
 */
public final class ExtensionReader {

  private static final JsonFactory TEXT = new JsonFactory();

  private ExtensionReader() {}

  /**
   * Handles a member that the object's decoder does not define: an extension is read into {@code
   * extensions} (allocated on the first one); anything else is an unknown member.
   *
   * @param c the context, on the member name
   * @param name the member name
   * @param extensions the extensions read so far, or null if none
   * @param what the object in words, for messages
   * @param expected the members the object defines, for messages
   * @return the extensions, possibly newly allocated
   * @throws IOException if the parser fails
   */
  public static @Nullable Map<String, String> memberOrUnknown(
      ReadContext c,
      String name,
      @Nullable Map<String, String> extensions,
      String what,
      String expected)
      throws IOException {
    if (!Extensions.isExtensionName(name)) {
      c.unknownMember(name, what, expected + ", or an x- extension member");
      return extensions;
    }
    if (extensions != null && extensions.containsKey(name)) {
      c.duplicateMember();
      return extensions;
    }
    c.parser().nextToken();
    String raw = copy(c);
    Map<String, String> map = extensions == null ? new LinkedHashMap<>(4) : extensions;
    map.put(name, raw);
    return map;
  }

  /**
   * Copies the current value into compact JSON text.
   *
   * @param c the context, on the value's first token
   * @return the text
   * @throws IOException if the parser fails
   */
  static String copy(ReadContext c) throws IOException {
    JsonParser p = c.parser();
    StringWriter out = new StringWriter(32);
    // one entry per open container: the member names seen so far for an object, null for an array
    List<@Nullable Set<String>> open = new ArrayList<>();
    try (JsonGenerator g = TEXT.createGenerator(out)) {
      JsonToken t = p.currentToken();
      while (true) {
        if (t == null) {
          throw new IllegalStateException("ExtensionReader: unexpected end of input");
        }
        int top = open.size() - 1;
        if (top >= 0 && open.get(top) == null && t != JsonToken.END_ARRAY) {
          c.rawElement();
        }
        switch (t) {
          case START_OBJECT:
            g.writeStartObject();
            c.pushRawObject();
            open.add(new HashSet<>());
            break;
          case END_OBJECT:
            g.writeEndObject();
            c.popRaw();
            open.remove(top);
            break;
          case START_ARRAY:
            g.writeStartArray();
            c.pushRawArray();
            open.add(null);
            break;
          case END_ARRAY:
            g.writeEndArray();
            c.popRaw();
            open.remove(top);
            break;
          case FIELD_NAME:
            String name = p.currentName();
            c.rawMember(name);
            Set<String> seen = open.get(top);
            if (seen != null && !seen.add(name)) {
              c.duplicateMember();
              t = p.nextToken();
              continue;
            }
            g.writeFieldName(name);
            t = p.nextToken();
            continue;
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
            throw new IllegalStateException("ExtensionReader: unexpected token " + t);
        }
        if (open.isEmpty()) {
          break;
        }
        t = p.nextToken();
      }
    }
    return out.toString();
  }
}
