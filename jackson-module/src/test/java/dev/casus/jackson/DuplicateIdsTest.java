package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A strict read checks ids only when it fails or the feed refuses to be built, yet reports the
 * same first error as a read that looked every id up as it came: the first duplicate in reading
 * order wins over anything found after it.
 */
class DuplicateIdsTest extends CasusJsonTestBase {

  private static final String HEAD =
      "{\n'schemaVersion': '1.0',\n'producer': 'p',\n'createdAt': '2020-10-05T00:00:00Z',\n";

  private static String incident(String id) {
    return "{'id':'" + id + "','incidentType':'armed_clash','time':'2020-10-04'}";
  }

  private static String actor(String id) {
    return "{'id':'" + id + "','kind':'state','name':'X'}";
  }

  @Test
  void duplicateBeforeALaterUnknownCodeIsTheError() {
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-1") + ",\n"
            + "{'id':'inc-3','incidentType':'shelling','time':'2020-10-04'}\n]\n}");
    Finding f = assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/1", 7, 1);
    assertMessageContains(f, "duplicate incident id \"inc-1\": the incident at index 0 has it too");
  }

  @Test
  void duplicateBeforeASyntaxErrorIsTheError() {
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-1") + ",\n"
            + "{'id':'inc-3', 'incidentType' 'armed_clash'}\n]\n}");
    assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/1", 7, 1);
  }

  @Test
  void duplicateBeforeAMissingHeaderMemberReportedAtTheFeedStartIsTheError() {
    // the missing producer is found at the end, and placed at the feed's start (line 1)
    String doc =
        q("{\n'schemaVersion': '1.0',\n'createdAt': '2020-10-05T00:00:00Z',\n'incidents': [\n"
            + incident("inc-1") + ",\n" + incident("inc-1") + "\n]\n}");
    assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/1", 6, 1);
  }

  @Test
  void theFirstDuplicateInReadingOrderWinsAcrossArrays() {
    // the feed itself checks actors before incidents: the reader reports in document order
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-1") + "\n],\n"
            + "'actors': [\n" + actor("act-1") + ",\n" + actor("act-1") + "\n]\n}");
    assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/1", 7, 1);
    String actorsFirst =
        q(HEAD + "'actors': [\n" + actor("act-1") + ",\n" + actor("act-1") + "\n],\n"
            + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-1") + "\n]\n}");
    Finding f =
        assertFinding(readFails(actorsFirst), FindingCode.DUPLICATE_ID, "/actors/1", 7, 1);
    assertMessageContains(f, "duplicate actor id \"act-1\": the actor at index 0 has it too");
  }

  @Test
  void aLaterDuplicateInTheSameArrayIsNotTheFirst() {
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-2") + ",\n"
            + incident("inc-2") + ",\n" + incident("inc-1") + "\n]\n}");
    Finding f = assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/incidents/2", 8, 1);
    assertMessageContains(f, "the incident at index 1 has it too");
  }

  @Test
  void multiByteTextBeforeTheDuplicateOnItsLineCountsAsCodePoints() {
    String doc =
        q(HEAD + "'actors': [{'id':'act-1','kind':'state','name':'Azərbaycan'}, "
            + actor("act-1") + "]\n}");
    int column = doc.split("\n")[4].indexOf("}, {") + 4;
    assertFinding(readFails(doc), FindingCode.DUPLICATE_ID, "/actors/1", 5, column);
  }

  @Test
  void aLenientReadReportsTheDuplicateToo() {
    List<Finding> warnings = new ArrayList<>();
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-1") + ",\n"
            + "{'id':'inc-3','incidentType':'armed_clash','time':'2020-10-04','x':1}\n]\n}");
    CasusReadException e =
        assertThrows(CasusReadException.class, () -> CasusJson.lenient(warnings::add).readFeed(doc));
    assertFinding(e, FindingCode.DUPLICATE_ID, "/incidents/1", 7, 1);
  }

  @Test
  void aCollectingReadReportsEveryDuplicateInOrderAndLeavesThemOut() {
    String doc =
        q(HEAD + "'actors': [\n" + actor("act-1") + ",\n" + actor("act-1") + "\n],\n"
            + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-2") + ",\n"
            + incident("inc-1") + "\n]\n}");
    ReadResult<Feed> r = json.readFeedCollecting(doc);
    assertEquals(
        List.of("duplicate_id /actors/1 7", "duplicate_id /incidents/2 12"),
        r.findings().stream()
            .map(f -> f.code().wireName() + " " + f.pointer() + " " + f.line().orElse(-1))
            .collect(Collectors.toList()));
    Feed feed = r.value().orElseThrow();
    assertEquals(1, feed.actors().size());
    assertEquals(2, feed.incidents().size());
  }

  @Test
  void distinctIdsReadAsBefore() {
    String doc =
        q(HEAD + "'incidents': [\n" + incident("inc-1") + ",\n" + incident("inc-2") + "\n],\n"
            + "'actors': [\n" + actor("inc-1") + "\n]\n}");
    Feed feed = read(doc);
    assertEquals(2, feed.incidents().size());
    assertEquals(1, feed.actors().size());
  }
}
