package dev.casus.interop.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Converts between a CSV cell and the raw JSON text that a Casus extension member holds ({@code
 * "x-acled-interaction": 18}, {@code "x-acled-region": "Caucasus and Central Asia"}), so that a
 * cell the model cannot carry survives a trip through Casus unchanged, character for character.
 */
public final class JsonText {

  // Integers that every JSON reader keeps exactly (at most 15 digits, below 2^53), written
  // canonically (no sign on zero, no leading zeros). Anything else becomes a JSON string, so that
  // "0042" or "40.2540" come back as written.
  private static final Pattern SAFE_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /**
   * The JSON text for a cell: a JSON number if the cell is a canonical integer of at most 15
   * digits ({@code 18}, {@code 1580753649}), otherwise a JSON string ({@code "Political
   * violence"}, {@code "40.2540"}). {@link #toCell} gives the cell back exactly.
   *
   * @param cell the cell as read
   * @return raw JSON text
   */
  public static String fromCell(String cell) {
    if (SAFE_INTEGER.matcher(cell).matches() && !cell.equals("-0")) {
      return cell;
    }
    return string(cell);
  }

  /**
   * The JSON string literal for {@code text}, with quotes, backslashes and control characters
   * escaped.
   *
   * @param text any text
   * @return e.g. {@code "\"Caucasus and Central Asia\""}
   */
  public static String string(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * The cell for raw JSON text: the content of a JSON string, or the text of any other JSON value
   * as written ({@code 18}, {@code true}). Text that is not one JSON value is returned unchanged.
   *
   * @param json raw JSON text, as an extension holds it
   * @return the cell text
   */
  public static String toCell(String json) {
    String trimmed = json.strip();
    if (!trimmed.startsWith("\"")) {
      return trimmed;
    }
    try (JsonParser p = FACTORY.createParser(trimmed)) {
      if (p.nextToken() == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (p.nextToken() == null) {
          return text;
        }
      }
    } catch (IOException e) {
      // not a JSON string: fall through and return the text as it is
    }
    return trimmed;
  }

  /**
   * The integer in raw JSON text, if it holds one (a JSON number or a string of digits).
   *
   * @param json raw JSON text
   * @return the integer, or empty
   */
  public static java.util.OptionalLong toLong(String json) {
    String cell = toCell(json).strip();
    if (!cell.matches("-?[0-9]{1,18}")) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(Long.parseLong(cell));
  }
}
