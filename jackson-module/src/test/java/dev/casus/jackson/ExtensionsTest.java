package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code x-} members of the feed and entities are kept as raw JSON and written back last. */
class ExtensionsTest extends CasusJsonTestBase {

  @Test
  void extensionValueIsKeptAsCompactCanonicalText() {
    String doc = feedWithIncident(INCIDENT + ", 'x-b' : { 'k' : [ 1 , 2.50, 1e999, '\\u00e9\\n' ] , 'n': null }");
    Incident incident = read(doc).incidents().get(0);
    assertEquals(
        Map.of("x-b", q("{'k':[1,2.50,1e999,'é\\n'],'n':null}")), incident.extensions());
  }

  @Test
  void extensionsAreWrittenLastSortedByName() {
    Incident incident =
        Fixtures.minimalIncident("inc-1").withExtensions(Map.of("x-z", "1", "x-a", "true"));
    assertEquals(
        q("{'id':'inc-1','incidentType':'armed_clash','time':'2020-09-27/..','status':'reported',"
            + "'x-a':true,'x-z':1}"),
        json.writeValue(incident));
  }

  @Test
  void feedExtensionsComeAfterTheEntityArrays() {
    String text = json.writeFeed(Fixtures.emptyFeed().withExtensions(Map.of("x-run", "7")));
    assertTrue(text.endsWith(q("'casualtyReports':[],'x-run':7}")), text);
  }

  @Test
  void nonCanonicalRawTextIsWrittenCanonically() {
    Incident incident =
        Fixtures.minimalIncident("inc-1").withExtensions(Map.of("x-a", " { \"k\" :\n[1, 2] } "));
    assertTrue(json.writeValue(incident).endsWith(q("'x-a':{'k':[1,2]}}")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not json", "1 2", "{\"a\":", "{\"k\":1,\"k\":2}", "[1,]", "'x'"})
  void invalidRawTextFailsTheWriteBeforeAnyOutput(String raw) {
    Feed feed =
        Feed.builder()
            .from(Fixtures.emptyFeed())
            .addIncident(Fixtures.minimalIncident("inc-1").withExtensions(Map.of("x-bad", raw)))
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> json.writeFeed(feed, out));
    assertTrue(e.getMessage().startsWith("Incident inc-1: extension \"x-bad\" is not one JSON value"),
        e.getMessage());
    assertEquals(0, out.size());
  }

  @Test
  void prettyOutputIndentsExtensionValues() {
    Incident incident = Fixtures.minimalIncident("inc-1").withExtensions(Map.of("x-a", "{\"k\":[1]}"));
    String pretty = CasusJson.builder().pretty(true).build().writeValue(incident);
    assertTrue(pretty.endsWith(q("  'x-a': {\n    'k': [\n      1\n    ]\n  }\n}")), pretty);
  }

  @Test
  void nullAndScalarsAreValidExtensionValues() {
    String doc = feedWithIncident(INCIDENT + ",'x-n':null,'x-s':'text','x-f':false");
    Incident incident = read(doc).incidents().get(0);
    assertEquals(Map.of("x-n", "null", "x-s", "\"text\"", "x-f", "false"), incident.extensions());
    assertEquals(incident, json.readValue(json.writeValue(incident), Incident.class));
  }
}
