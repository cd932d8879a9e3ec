package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import org.junit.jupiter.api.Test;

/** Input that is not one well-formed JSON object: located syntax findings, never a Jackson one. */
class SyntaxErrorsTest extends CasusJsonTestBase {

  @Test
  void truncatedDocumentIsSyntaxAtTheEnd() {
    String doc = q("{\n'schemaVersion': '1.0',\n'producer': 'te");
    CasusReadException e = readFails(doc);
    Finding f = assertFinding(e, FindingCode.SYNTAX, "/producer", 3, 16);
    assertMessageContains(f, "truncated");
  }

  @Test
  void truncatedAfterAValueIsSyntax() {
    CasusReadException e = readFails(q("{'schemaVersion': '1.0',"));
    assertEquals(FindingCode.SYNTAX, e.finding().code());
    assertEquals(1, e.finding().line().getAsLong());
  }

  @Test
  void garbageValueIsSyntaxOnItsLine() {
    String doc = q("{\n'schemaVersion': '1.0',\n'producer': nope\n}");
    CasusReadException e = readFails(doc);
    assertEquals(FindingCode.SYNTAX, e.finding().code());
    assertEquals("/producer", e.finding().pointer());
    assertEquals(3, e.finding().line().getAsLong());
    assertMessageContains(e.finding(), "nope");
  }

  @Test
  void missingCommaIsSyntaxAtTheUnexpectedCharacter() {
    String doc = q("{\n'schemaVersion': '1.0'\n'producer': 'x'\n}");
    CasusReadException e = readFails(doc);
    assertFinding(e, FindingCode.SYNTAX, "/schemaVersion", 3, 1);
  }

  @Test
  void trailingObjectAfterTheDocumentIsSyntax() {
    String doc = json.writeFeed(Fixtures.emptyFeed()) + "\n{}";
    CasusReadException e = readFails(doc);
    Finding f = assertFinding(e, FindingCode.SYNTAX, "", 2, 1);
    assertMessageContains(f, "exactly one JSON value");
  }

  @Test
  void trailingGarbageAfterTheDocumentIsSyntax() {
    String doc = json.writeFeed(Fixtures.emptyFeed()) + " ]";
    CasusReadException e = readFails(doc);
    assertEquals(FindingCode.SYNTAX, e.finding().code());
    assertEquals(1, e.finding().line().getAsLong());
  }

  @Test
  void emptyInputIsSyntax() {
    assertFinding(readFails(""), FindingCode.SYNTAX, "", 1, 1);
    assertFinding(readFails("\n  \n"), FindingCode.SYNTAX, "", 3, 1);
  }

  @Test
  void rootThatIsNotAnObjectIsWrongType() {
    CasusReadException e = readFails("[]");
    Finding f = assertFinding(e, FindingCode.WRONG_TYPE, "", 1, 1);
    assertMessageContains(f, "expected a feed (a JSON object), found an array");
  }

  @Test
  void singleQuotesAndCommentsAreNotJson() {
    assertEquals(FindingCode.SYNTAX, readFails("{'producer': 'x'}").finding().code());
    assertEquals(FindingCode.SYNTAX, readFails("{/* c */}").finding().code());
    assertEquals(
        FindingCode.SYNTAX, readFails(q("{'schemaVersion': '1.0',}")).finding().code());
  }

  @Test
  void nanIsNotJson() {
    String doc = feedWith("territories", "'point': {'latitude': NaN, 'longitude': 1}");
    assertEquals(FindingCode.SYNTAX, readFails(doc).finding().code());
  }

  @Test
  void jacksonExceptionIsTheCauseNotTheThrownType() {
    CasusReadException e = readFails("{");
    assertTrue(e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException);
  }
}
