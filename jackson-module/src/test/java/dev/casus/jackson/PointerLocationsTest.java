package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where {@link PointerLocations} places pointers: value starts, in lines and code-point columns. */
class PointerLocationsTest {

  private static Map<String, long[]> locate(String document, String... pointers) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    return PointerLocations.locate(new JsonFactory(), bytes, bytes.length, List.of(pointers));
  }

  @Test
  void valuesStartWhereTheirFirstCharacterIsWithColumnsInCodePoints() {
    // "Gəncə" is 5 code points in 7 bytes, "🚀" one code point in 4 bytes (two UTF-16 units)
    String doc = "{\"a\":\"Gəncə\",\"b\":\"🚀\",\"c\":[1,{\"d\":true}]}";
    Map<String, long[]> at = locate(doc, "", "/a", "/b", "/c", "/c/1", "/c/1/d");
    assertArrayEquals(new long[] {1, 1}, at.get(""));
    assertArrayEquals(new long[] {1, 6}, at.get("/a"));
    assertArrayEquals(new long[] {1, 18}, at.get("/b"));
    assertArrayEquals(new long[] {1, 26}, at.get("/c"));
    assertArrayEquals(new long[] {1, 29}, at.get("/c/1"));
    assertArrayEquals(new long[] {1, 34}, at.get("/c/1/d"));
  }

  @Test
  void linesCountLineFeedsAndCarriageReturnLineFeeds() {
    // the first place on line 2 comes after a two-byte character on that line
    String doc = "{\r\n\"ş\": 0, \"a\": 1,\r\n  \"b\":\n    [\"x\", \"ş\", \"y\"]\n}";
    Map<String, long[]> at = locate(doc, "/a", "/b", "/b/2");
    assertArrayEquals(new long[] {2, 14}, at.get("/a"));
    assertArrayEquals(new long[] {4, 5}, at.get("/b"));
    assertArrayEquals(new long[] {4, 16}, at.get("/b/2"));
  }

  @Test
  void escapedTokensNameMembersWithSlashOrTilde() {
    String doc = "{\"a/b\":1,\"m~n\":2,\"~1\":3}";
    Map<String, long[]> at = locate(doc, "/a~1b", "/m~0n", "/~01");
    assertArrayEquals(new long[] {1, 8}, at.get("/a~1b"));
    assertArrayEquals(new long[] {1, 16}, at.get("/m~0n"));
    assertArrayEquals(new long[] {1, 23}, at.get("/~01"));
  }

  @Test
  void aValueTheDocumentLacksIsPlacedAtItsDeepestAncestor() {
    String doc = "{\"incidents\":[{\"id\":\"inc-1\"}]}";
    Map<String, long[]> at =
        locate(doc, "/incidents/0/status", "/incidents/3/id", "/statements/0");
    assertArrayEquals(new long[] {1, 15}, at.get("/incidents/0/status"));
    assertArrayEquals(new long[] {1, 14}, at.get("/incidents/3/id"));
    assertArrayEquals(new long[] {1, 1}, at.get("/statements/0"));
  }

  @Test
  void whatCameBeforeASyntaxErrorIsStillPlaced() {
    String doc = "{\"a\":[1,2],\n\"b\": {\"c\": tru }, \"d\": 4}";
    Map<String, long[]> at = locate(doc, "/a/1", "/d");
    assertArrayEquals(new long[] {1, 9}, at.get("/a/1"));
    // the parser never reaches "d": it is placed at the root, the deepest ancestor found
    assertArrayEquals(new long[] {1, 1}, at.get("/d"));
  }

  @Test
  void aTruncatedDocumentPlacesWhatItHolds() {
    String doc = "{\"a\":[1,[2,{\"b\":";
    Map<String, long[]> at = locate(doc, "/a/1/0", "/a/1/1/b", "/a/2");
    assertArrayEquals(new long[] {1, 10}, at.get("/a/1/0"));
    // the value of "b" never comes: placed at its object
    assertArrayEquals(new long[] {1, 12}, at.get("/a/1/1/b"));
    assertArrayEquals(new long[] {1, 6}, at.get("/a/2"));
  }

  @Test
  void manyPlacesOnOneLongLineCountColumnsForward() {
    StringBuilder doc = new StringBuilder("[");
    for (int i = 0; i < 2_000; i++) {
      doc.append(i == 0 ? "" : ",").append("\"ə\"");
    }
    doc.append(']');
    String[] pointers = new String[2_000];
    for (int i = 0; i < pointers.length; i++) {
      pointers[i] = "/" + i;
    }
    Map<String, long[]> at = locate(doc.toString(), pointers);
    for (int i = 0; i < pointers.length; i++) {
      // each element "ə" and its comma take 4 code points
      assertArrayEquals(new long[] {1, 2 + 4L * i}, at.get(pointers[i]), pointers[i]);
    }
  }

  @Test
  void anEmptyDocumentPlacesNothing() {
    assertFalse(locate("", "/a").containsKey("/a"));
    assertEquals(0, locate("   ", "").size());
  }
}
