package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.name.Name;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Each test pins one rule of docs/wire-format.md; the name says which. */
class WireFormatRegressionTest extends CasusJsonTestBase {

  @Test
  void estimateBareIntegerIsExact() {
    assertEquals("32", json.writeValue(Estimate.exactly(32)));
    assertEquals(Estimate.exactly(32), json.readValue("32", Estimate.class));
  }

  @Test
  void estimateEqualBoundsWithoutBestIsNotWrittenBare() {
    // between(5, 5) has no best guess; a bare 5 would read back with best = 5
    assertEquals(q("{'low':5,'high':5}"), json.writeValue(Estimate.between(5, 5)));
  }

  @Test
  void estimateExactWithTextIsAnObject() {
    assertEquals(
        q("{'low':1,'best':1,'high':1,'text':'one civilian'}"),
        json.writeValue(Estimate.exactly(1).withText("one civilian")));
  }

  @Test
  void estimateLowIsAlwaysWritten() {
    assertEquals(q("{'low':0,'high':10}"), json.writeValue(Estimate.atMost(10)));
  }

  @Test
  void nameWithoutLanguageIsAString() {
    assertEquals(q("'Ganja'"), json.writeValue(Name.of("Ganja")));
    assertEquals(Name.of("Ganja"), json.readValue(q("{'text':'Ganja'}"), Name.class));
  }

  @Test
  void nameLanguageIsStoredInConventionalCase() {
    assertEquals(
        q("{'text':'Gəncə','language':'az-Latn'}"),
        json.writeValue(json.readValue(q("{'text':'Gəncə','language':'AZ-LATN'}"), Name.class)));
  }

  @Test
  void incidentStatusDefaultsToReportedAndIsAlwaysWritten() {
    Incident incident = json.readValue(q("{" + INCIDENT + "}"), Incident.class);
    assertEquals(IncidentStatus.REPORTED, incident.status());
    assertTrue(json.writeValue(incident).contains(q("'status':'reported'")));
  }

  @Test
  void feedPartialIsWrittenOnlyWhenTrue() {
    assertFalse(json.writeFeed(Fixtures.emptyFeed()).contains("partial"));
    assertTrue(json.writeFeed(Fixtures.emptyFeed().withPartial(true)).contains(q("'partial':true")));
    String explicitFalse =
        q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z','partial':false}");
    assertFalse(json.readFeed(explicitFalse).partial());
  }

  @Test
  void feedEntityArraysAreAlwaysWrittenOtherEmptyArraysNever() {
    String text = json.writeFeed(Fixtures.emptyFeed().withIncidents(Fixtures.minimalIncident("i")));
    assertTrue(text.contains(q("'sources':[],'actors':[],'territories':[]")), text);
    assertFalse(text.contains("locations"), text);
    String withEmpty = feedWithIncident(INCIDENT + ",'locations':[],'sources':[]");
    assertEquals(json.readFeed(feedWithIncident(INCIDENT)), json.readFeed(withEmpty));
  }

  @Test
  void coordinatesAreShortestPlainDecimals() {
    assertEquals(q("{'latitude':40.6828,'longitude':46.3606}"), json.writeValue(GeoPoint.of(40.6828, 46.3606)));
    assertEquals(q("{'latitude':40.0,'longitude':-0.00001}"), json.writeValue(GeoPoint.of(40, -0.00001)));
    assertEquals(q("{'latitude':0.0,'longitude':180.0}"), json.writeValue(GeoPoint.of(-0.0, 180)));
  }

  @Test
  void createdAtIsWrittenAsInstantToString() {
    Feed feed = Fixtures.emptyFeed().withCreatedAt(java.time.Instant.parse("2020-10-04T18:00:00.250Z"));
    assertTrue(json.writeFeed(feed).contains(q("'createdAt':'2020-10-04T18:00:00.250Z'")));
    assertEquals(feed, json.readFeed(json.writeFeed(feed)));
  }

  @Test
  void supplementaryCharactersAreWrittenAsSurrogatePairEscapes() {
    // the same bytes on every Jackson version (see CasusJson's factory)
    Name name = Name.of("Ganja 🚀 Gəncə");
    assertEquals("\"Ganja \\uD83D\\uDE80 Gəncə\"", json.writeValue(name));
    assertEquals(name, json.readValue(json.writeValue(name), Name.class));
    Feed feed = Fixtures.emptyFeed().withDescription("rockets 🚀 over Ganja");
    assertEquals(json.writeFeed(feed), new String(json.writeFeedBytes(feed), StandardCharsets.UTF_8));
    assertEquals(feed, json.readFeed(json.writeFeedBytes(feed)));
    assertEquals(feed, json.readFeed("{\"description\":\"rockets 🚀 over Ganja\","
        + json.writeFeed(feed).substring(1).replace(",\"description\":\"rockets \\uD83D\\uDE80 over Ganja\"", "")));
  }

  @Test
  void unpairedHighSurrogateDoesNotSwallowTheNextCharacter() {
    Name name = Name.of("a\uD800 b\uD800\uD800\uDC00");
    assertEquals("\"a\\uD800 b\\uD800\\uD800\\uDC00\"", json.writeValue(name));
    assertEquals(name, json.readValue(json.writeValue(name), Name.class));
  }

  @Test
  void controlCharactersAreEscapedMinimally() {
    Feed feed = Fixtures.emptyFeed().withDescription("line 1\nline 2\t\"quoted\" / \\ é");
    assertTrue(
        json.writeFeed(feed).contains("\"description\":\"line 1\\nline 2\\t\\\"quoted\\\" / \\\\ é\""),
        json.writeFeed(feed));
  }

  @Test
  void otherControlCharactersInExtensionsAreEscapedShortOrAsUpperCaseHex() {
    String doc = feedWithIncident(INCIDENT + ",'x-c':'\\b\\f\\u001f\\u007f'");
    Incident incident = read(doc).incidents().get(0);
    assertEquals("\"\\b\\f\\u001F\u007f\"", incident.extensions().get("x-c"));
    assertTrue(json.writeValue(incident).contains("\"x-c\":\"\\b\\f\\u001F\u007f\""));
  }

  @Test
  void unpairedSurrogateInTheModelIsWrittenAsAnEscapeAndReadBack() {
    Name name = Name.of("broken \uD800 text");
    String text = json.writeValue(name);
    assertEquals("\"broken \\uD800 text\"", text);
    assertEquals(name, json.readValue(text, Name.class));
  }

  @Test
  void subjectIsWrittenWithTheMemberOfItsKind() {
    assertEquals(q("{'incident':'inc-ganja','stance':'asserts'}"), json.writeValue(Fixtures.aboutGanja()));
  }

  @Test
  void codeListsAreWrittenByWireName() {
    assertEquals(
        q("'claim_of_responsibility'"),
        json.writeValue(dev.casus.core.statement.StatementKind.CLAIM_OF_RESPONSIBILITY));
    assertEquals(
        dev.casus.core.statement.StatementKind.CLAIM_OF_RESPONSIBILITY,
        json.readValue(q("'claim_of_responsibility'"), dev.casus.core.statement.StatementKind.class));
  }
}
