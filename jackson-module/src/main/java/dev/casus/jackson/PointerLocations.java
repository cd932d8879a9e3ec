package dev.casus.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.casus.jackson.deser.Utf8;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the values at some JSON Pointers start in a UTF-8 document, so that findings of the
 * model checks, which work on entities and know only a pointer, can name a line and column too.
 *
 * <p>One pass over the document: the pointers are put in a tree of their tokens, and the walk
 * descends only into members and elements on the way to one of them, skipping every other value.
 * A pointer to a value the document does not hold (a member left out for its default) is placed
 * at its deepest ancestor that the document holds. Columns count code points, as the reader's do,
 * and are counted forward from the previous place found, so that many findings on one long line
 * cost one pass over it.
 */
final class PointerLocations {

  /** A token of some pointers, with where its value starts once found. */
  private static final class Node {
    private final Map<String, Node> children = new HashMap<>(4);
    private long line;
    private int column;
  }

  private final Node root = new Node();
  private final byte[] document;
  private final int length;
  private long lastOffset = -1;
  private long lastLine;
  private int lastColumn;

  private PointerLocations(byte[] document, int length) {
    this.document = document;
    this.length = length;
  }

  /**
   * Locates the pointers in a document.
   *
   * @param factory makes the parser, with the limits the document was read with
   * @param document the document's UTF-8 bytes
   * @param length how many bytes, from index 0, are the document
   * @param pointers the pointers (RFC 6901)
   * @return for each pointer whose value, or an ancestor's value, the document holds: {line,
   *     column}, both 1-based
   */
  static Map<String, long[]> locate(
      JsonFactory factory, byte[] document, int length, Collection<String> pointers) {
    PointerLocations l = new PointerLocations(document, length);
    for (String pointer : pointers) {
      l.add(pointer);
    }
    try (JsonParser p = factory.createParser(document, 0, length)) {
      if (p.nextToken() != null) {
        l.walk(p, l.root);
      }
    } catch (IOException e) {
      // the reader has reported why the document cannot be read; what was found before stays
    }
    Map<String, long[]> found = new HashMap<>();
    for (String pointer : pointers) {
      Node n = l.deepestFound(pointer);
      if (n != null) {
        found.put(pointer, new long[] {n.line, n.column});
      }
    }
    return found;
  }

  private void add(String pointer) {
    Node n = root;
    for (String token : tokens(pointer)) {
      n = n.children.computeIfAbsent(token, t -> new Node());
    }
  }

  private @Nullable Node deepestFound(String pointer) {
    Node n = root;
    Node deepest = root.line > 0 ? root : null;
    for (String token : tokens(pointer)) {
      n = n.children.get(token);
      if (n == null || n.line == 0) {
        break;
      }
      deepest = n;
    }
    return deepest;
  }

  /** The reference tokens of a pointer, unescaped: {@code ~1} is {@code /}, {@code ~0} is {@code ~}. */
  private static String[] tokens(String pointer) {
    if (pointer.isEmpty()) {
      return new String[0];
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
    }
    return tokens;
  }

  /** Records where the value at the parser starts, then descends towards the node's children. */
  private void walk(JsonParser p, Node node) throws IOException {
    place(node, p.currentTokenLocation());
    JsonToken t = p.currentToken();
    if (node.children.isEmpty()) {
      p.skipChildren();
    } else if (t == JsonToken.START_OBJECT) {
      String name;
      while ((name = p.nextFieldName()) != null) {
        Node child = node.children.get(name);
        p.nextToken();
        if (child == null) {
          p.skipChildren();
        } else {
          walk(p, child);
        }
      }
    } else if (t == JsonToken.START_ARRAY) {
      int index = 0;
      JsonToken e;
      // (the parser throws at an unclosed array's end; null is only a guard against looping)
      while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
        Node child = node.children.get(Integer.toString(index++));
        if (child == null) {
          p.skipChildren();
        } else {
          walk(p, child);
        }
      }
    }
  }

  private void place(Node node, JsonLocation at) {
    long line = at.getLineNr();
    long offset = at.getByteOffset();
    int byteColumn = at.getColumnNr();
    if (line < 1 || byteColumn < 1 || offset < 0 || offset > length) {
      return;
    }
    long lineStart = offset - (byteColumn - 1);
    int column;
    if (line == lastLine && lastOffset >= lineStart && lastOffset <= offset) {
      column = lastColumn + Utf8.codePoints(document, (int) lastOffset, offset);
    } else {
      column = Utf8.codePoints(document, (int) Math.max(lineStart, 0), offset) + 1;
    }
    node.line = line;
    node.column = column;
    lastLine = line;
    lastOffset = offset;
    lastColumn = column;
  }
}
