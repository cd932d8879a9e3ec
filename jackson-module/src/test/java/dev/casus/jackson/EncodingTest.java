package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Input that is not UTF-8 gets a clear encoding finding before any parsing. */
class EncodingTest extends CasusJsonTestBase {

  private static final String DOC = "{\"producer\": \"p\"}";

  private static byte[] bytes(byte[] bom, String charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bom);
    out.writeBytes(DOC.getBytes(Charset.forName(charset)));
    return out.toByteArray();
  }

  @ParameterizedTest
  @CsvSource({
    "'', UTF-16LE, UTF-16LE",
    "'', UTF-16BE, UTF-16BE",
    "FFFE, UTF-16LE, UTF-16LE (byte-order mark",
    "FEFF, UTF-16BE, UTF-16BE (byte-order mark",
    "'', UTF-32LE, UTF-32LE",
    "'', UTF-32BE, UTF-32BE",
    "FFFE0000, UTF-32LE, UTF-32LE (byte-order mark",
    "0000FEFF, UTF-32BE, UTF-32BE (byte-order mark",
    "EFBBBF, UTF-8, UTF-8 byte-order mark"
  })
  void notPlainUtf8IsAnEncodingFindingAtTheStart(String bomHex, String charset, String named) {
    byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
    Finding f =
        assertFinding(readFails(bytes(bom, charset)), FindingCode.ENCODING, "", 1, 1);
    assertMessageContains(f, named);
  }

  @Test
  void invalidUtf8ByteIsAnEncodingFindingAtItsLineAndColumn() {
    byte[] doc = q("{\n'schemaVersion': '1.0',\n'producer': 'Gəncə \u0001'\n}")
        .getBytes(StandardCharsets.UTF_8);
    int at = indexOf(doc, (byte) 0x01);
    doc[at] = (byte) 0xFF;
    Finding f = assertFinding(readFails(doc), FindingCode.ENCODING, "", 3, 20);
    assertMessageContains(f, "invalid UTF-8 byte sequence FF");
  }

  @ParameterizedTest
  @CsvSource({"C0AF", "EDA080", "F4908080", "E282", "80", "F8888080"})
  void malformedSequencesAreEncodingFindings(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(q("{'producer': '").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes(q("'}").getBytes(StandardCharsets.UTF_8));
    assertFinding(readFails(out.toByteArray()), FindingCode.ENCODING, "", 1, 15);
  }

  @Test
  void oddZeroBytePatternsAreEncodingFindingsNotIoErrors() {
    // Jackson's own detection calls 00 00 xx 00 "UCS-4 2143" and throws CharConversionException
    for (byte[] doc :
        new byte[][] {
          {0, 0, '{', 0, '}'}, {0, '{', 0, 0}, {'{', 0, '}', 0, 0}, {'{', '}', ' ', 0}, {0}
        }) {
      assertFinding(readFails(doc), FindingCode.ENCODING, "", 1, 1);
      assertEquals(FindingCode.ENCODING, json.readFeedCollecting(doc).findings().get(0).code());
    }
  }

  @Test
  void truncatedSequenceAtTheEndIsAnEncodingFinding() {
    byte[] doc = {'{', (byte) 0xC3};
    assertEquals(FindingCode.ENCODING, readFails(doc).finding().code());
  }

  @Test
  void unpairedSurrogateInAStringInputIsAnEncodingFinding() {
    Finding f =
        assertFinding(readFails(q("{\n'producer': '\uD800'}")), FindingCode.ENCODING, "", 2, 14);
    assertMessageContains(f, "unpaired UTF-16 surrogate U+D800");
  }

  @Test
  void columnsCountCodePointsNotBytes() {
    String doc = q("{'producer': 'Gəncə 😀', 'colour': 1}");
    Finding f = readFails(doc.getBytes(StandardCharsets.UTF_8)).finding();
    assertEquals(FindingCode.UNKNOWN_MEMBER, f.code());
    assertEquals(doc.codePointCount(0, doc.indexOf("\"colour\"")) + 1, f.column().getAsInt());
    assertEquals(f, readFails(doc).finding());
  }

  private static int indexOf(byte[] b, byte value) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
