package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.feed.Feed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code write(read(s)).equals(s)} for canonical documents, compact and pretty. */
class CanonicalDocumentTest extends CasusJsonTestBase {

  private static final String COMPACT = resource("canonical-feed.json");
  private static final String PRETTY = resource("canonical-feed.pretty.json");

  @Test
  void compactCanonicalDocumentIsWrittenBackByteForByte() {
    assertEquals(COMPACT, json.writeFeed(json.readFeed(COMPACT)));
  }

  @Test
  void prettyCanonicalDocumentIsWrittenBackByteForByte() {
    assertEquals(PRETTY, json.writePretty(json.readFeed(PRETTY)));
    assertEquals(PRETTY, CasusJson.builder().pretty(true).build().writeFeed(json.readFeed(COMPACT)));
  }

  @Test
  void compactAndPrettyHoldTheSameFeed() {
    assertEquals(json.readFeed(COMPACT), json.readFeed(PRETTY));
    assertEquals(Fixtures.feed(), json.readFeed(COMPACT));
  }

  @Test
  void everyInputAndOutputFormGivesTheSameBytes() throws Exception {
    byte[] bytes = COMPACT.getBytes(StandardCharsets.UTF_8);
    Feed feed = json.readFeed(new ByteArrayInputStream(bytes));
    assertEquals(feed, json.readFeed(bytes));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.writeFeed(feed, out);
    assertEquals(COMPACT, out.toString(StandardCharsets.UTF_8));
    assertEquals(COMPACT, new String(json.writeFeedBytes(feed), StandardCharsets.UTF_8));
    assertEquals(COMPACT, json.mapper().writeValueAsString(feed));
  }

  @Test
  void fileRoundTripNamesTheFileInFindings(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("feed.casus.json");
    json.writeFeed(Fixtures.feed(), file);
    assertEquals(COMPACT, Files.readString(file));
    assertEquals(Fixtures.feed(), json.readFeed(file));
    Files.writeString(file, "{\"producer\": 1}");
    CasusReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CasusReadException.class, () -> json.readFeed(file));
    assertEquals(file.toString(), e.finding().input().orElseThrow());
    assertEquals(file + ": line 1, column 14, at /producer: expected Feed.producer (a string), found an integer",
        e.getMessage());
  }

  @Test
  void membersInAnyOrderReadTheSameFeed() {
    String shuffled =
        q("{'incidents':[{'time':'2020-10-04','incidentType':'armed_clash','id':'inc-1'}],"
            + "'createdAt':'2020-10-05T00:00:00Z','producer':'p','schemaVersion':'1.0'}");
    String canonical =
        q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z',"
            + "'sources':[],'actors':[],'territories':[],"
            + "'incidents':[{'id':'inc-1','incidentType':'armed_clash','time':'2020-10-04','status':'reported'}],"
            + "'statements':[],'casualtyReports':[]}");
    assertEquals(canonical, json.writeFeed(json.readFeed(shuffled)));
  }
}
