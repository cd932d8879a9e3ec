package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins where a problem with a whole object is reported (a missing member): at the object's opening
 * brace, wherever that brace stands. The reader takes the brace's position from the parser's
 * token state instead of building a location per object, so this is checked in the places where
 * the two could drift apart: the root, after a member name, deep in arrays, after CRLF line ends
 * and after multi-byte characters on the same line (columns count code points).
 */
class ObjectStartLocationTest extends CasusJsonTestBase {

  @Test
  void rootObjectMissingAMemberIsReportedAtItsBrace() {
    String doc = q("  \r\n\r\n   {'schemaVersion':'1.0','producer':'p'}");
    assertFinding(readFails(doc), FindingCode.MISSING_MEMBER, "", 3, 4);
  }

  @Test
  void objectAfterCrlfLinesAndMultiByteTextIsReportedAtItsBrace() {
    String doc =
        q("{'schemaVersion':'1.0','producer':'Gəncə ✈ 東',\r\n"
            + "'createdAt':'2020-10-05T00:00:00Z','incidents':[\r\n"
            + "{" + INCIDENT + "}, {'id':'inc-2','incidentType':'armed_clash'}]}");
    int column = doc.split("\r\n")[2].indexOf("{\"id\":\"inc-2\"") + 1; // all ASCII
    assertFinding(readFails(doc), FindingCode.MISSING_MEMBER, "/incidents/1", 3, column);
  }

  @Test
  void columnsCountCodePointsBeforeTheBrace() {
    String doc =
        q("{'schemaVersion':'1.0','producer':'Gəncə','createdAt':'2020-10-05T00:00:00Z',"
            + "'incidents':[{" + INCIDENT + ",'locations':[{'territory':'ter-1'}]}]}");
    int column = doc.indexOf("{\"territory\"") + 1; // every character here is one code point
    assertFinding(
        readFails(doc), FindingCode.MISSING_MEMBER, "/incidents/0/locations/0", 1, column);
  }

  @Test
  void sameObjectsAreReportedAtTheSamePlacesWhenCollecting() {
    String doc =
        q("{'schemaVersion':'1.0','producer':'p','createdAt':'2020-10-05T00:00:00Z',\n"
            + "'incidents':[{'id':'inc-1','incidentType':'armed_clash'},\n"
            + "  {" + INCIDENT + ",'locations':[{}, {'territory':'ter-1'}]}]}");
    ReadResult<?> r = CasusJson.strict().readFeedCollecting(doc.getBytes(StandardCharsets.UTF_8));
    List<String> places =
        r.findings().stream()
            .filter(f -> f.code() == FindingCode.MISSING_MEMBER)
            .map(ObjectStartLocationTest::place)
            .collect(Collectors.toList());
    int third = doc.split("\n")[2].indexOf("{}") + 1;
    assertEquals(
        List.of(
            "/incidents/0@2:14",
            "/incidents/1/locations/0@3:" + third,
            "/incidents/1/locations/1@3:" + (third + 4)),
        places);
  }

  private static String place(Finding f) {
    return f.pointer() + "@" + f.line().orElse(-1) + ":" + f.column().orElse(-1);
  }
}
