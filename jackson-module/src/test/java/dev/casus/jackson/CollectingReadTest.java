package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A collecting read reports every problem in document order and never throws for bad data. */
class CollectingReadTest extends CasusJsonTestBase {

  private static final String DOC =
      q(
          "{\n"
              + "'schemaVersion': '1.0',\n"
              + "'producer': 'p',\n"
              + "'createdAt': '2020-10-05T00:00:00Z',\n"
              + "'incidents': [\n"
              + "{'id':'inc-1','incidentType':'shelling','time':'2020-13','colour':1},\n"
              + "{'id':'inc-2','incidentType':'armed_clash','time':'2020-10-04'},\n"
              + "{'id':'inc-3','incidentType':'armed_clash','time':'2020-10-04','locations':[{'precision':'near','territory':7}]},\n"
              + "{'id':'inc-2','incidentType':'armed_clash','time':'2020-10-04'}\n"
              + "],\n"
              + "'bogus': true,\n"
              + "'actors': [{'id':'act 1','kind':'state'}]\n"
              + "}");

  @Test
  void everyProblemIsAFindingInDocumentOrder() {
    ReadResult<Feed> r = json.readFeedCollecting(DOC);
    List<String> found =
        r.findings().stream()
            .map(f -> f.code().wireName() + " " + f.pointer() + " " + f.line().getAsLong())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "unknown_enum_value /incidents/0/incidentType 6",
            "malformed_edtf /incidents/0/time 6",
            "unknown_member /incidents/0/colour 6",
            "wrong_type /incidents/2/locations/0/territory 8",
            "duplicate_id /incidents/3 9",
            "unknown_member /bogus 11",
            "malformed_id /actors/0/id 12",
            "missing_member /actors/0 12"),
        found);
    assertTrue(r.hasErrors());
  }

  @Test
  void brokenEntitiesAreLeftOutAndTheRestIsKept() {
    Feed feed = json.readFeedCollecting(DOC).value().orElseThrow();
    assertEquals(1, feed.incidents().size());
    assertEquals("inc-2", feed.incidents().get(0).id().value());
    assertTrue(feed.actors().isEmpty());
  }

  @Test
  void orElseThrowCarriesEveryError() {
    CasusReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            CasusReadException.class, () -> json.readFeedCollecting(DOC).orElseThrow());
    assertEquals(8, e.findings().size());
    assertTrue(e.getMessage().endsWith("(and 7 more)"), e.getMessage());
  }

  @Test
  void brokenFeedMemberLeavesNoFeedButStillReportsEverything() {
    String doc = q("{'schemaVersion':'1.0','producer':'','createdAt':'soon','incidents':[{'id':''}]}");
    ReadResult<Feed> r = json.readFeedCollecting(doc);
    assertFalse(r.value().isPresent());
    assertEquals(
        List.of(
            FindingCode.BROKEN_INVARIANT,
            FindingCode.MALFORMED_EDTF,
            FindingCode.MALFORMED_ID,
            FindingCode.MISSING_MEMBER,
            FindingCode.MISSING_MEMBER),
        r.findings().stream().map(Finding::code).collect(Collectors.toList()));
  }

  @Test
  void lenientCollectingReportsUnknownMembersAsWarnings() {
    List<Finding> heard = new ArrayList<>();
    String doc = feedWithIncident(INCIDENT + ",'colour':1");
    ReadResult<Feed> r = CasusJson.lenient(heard::add).readFeedCollecting(doc);
    assertTrue(r.value().isPresent());
    assertFalse(r.hasErrors());
    assertEquals(Severity.WARNING, r.findings().get(0).severity());
    assertEquals(r.findings(), heard);
    assertEquals(1, r.value().get().incidents().size());
  }

  @Test
  void syntaxErrorEndsTheReadWithAFinding() {
    String doc = feedWithIncident(INCIDENT + ",'incidentType':'x'").replace("}]", "");
    ReadResult<Feed> r = json.readFeedCollecting(doc);
    assertFalse(r.value().isPresent());
    assertEquals(FindingCode.DUPLICATE_MEMBER, r.findings().get(0).code());
    assertEquals(FindingCode.SYNTAX, r.findings().get(r.findings().size() - 1).code());
  }

  @Test
  void validDocumentHasNoFindings() {
    ReadResult<Feed> r = json.readFeedCollecting(json.writeFeed(Fixtures.feed()));
    assertEquals(List.of(), r.findings());
    assertEquals(Fixtures.feed(), r.orElseThrow());
  }

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(42);
    byte[] valid = json.writeFeedBytes(Fixtures.feed());
    for (int i = 0; i < 2000; i++) {
      byte[] b = valid.clone();
      int edits = 1 + random.nextInt(4);
      for (int k = 0; k < edits; k++) {
        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      }
      int length = random.nextInt(b.length + 1);
      byte[] input = java.util.Arrays.copyOf(b, length);
      ReadResult<Feed> r = json.readFeedCollecting(input);
      if (r.findings().isEmpty()) {
        assertTrue(r.value().isPresent(), () -> new String(input, StandardCharsets.UTF_8));
      }
      try {
        json.readFeed(input);
      } catch (CasusReadException expected) {
        assertFalse(expected.findings().isEmpty());
      }
    }
  }
}
