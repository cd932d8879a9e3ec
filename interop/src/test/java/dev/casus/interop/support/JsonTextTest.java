package dev.casus.interop.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void integersBecomeNumbersAndEverythingElseStrings() {
    assertEquals("18", JsonText.fromCell("18"));
    assertEquals("1580753649", JsonText.fromCell("1580753649"));
    assertEquals("0", JsonText.fromCell("0"));
    assertEquals("\"0042\"", JsonText.fromCell("0042"));
    assertEquals("\"40.2540\"", JsonText.fromCell("40.2540"));
    assertEquals("\"-0\"", JsonText.fromCell("-0"));
    assertEquals("\"1234567890123456\"", JsonText.fromCell("1234567890123456"));
    assertEquals("\"Political violence\"", JsonText.fromCell("Political violence"));
  }

  @Test
  void everyCellComesBackExactly() {
    for (String cell :
        List.of(
            "18",
            "0042",
            "40.2540",
            "",
            " padded ",
            "quote \" and backslash \\",
            "line\nbreak\r\tand \u0001 control",
            "Gəncə",
            "true")) {
      assertEquals(cell, JsonText.toCell(JsonText.fromCell(cell)), cell);
    }
  }

  @Test
  void otherJsonIsGivenBackAsWritten() {
    assertEquals("true", JsonText.toCell("true"));
    assertEquals("{\"a\":1}", JsonText.toCell("{\"a\":1}"));
    assertEquals("\"unterminated", JsonText.toCell("\"unterminated"));
    assertEquals(OptionalLong.of(18), JsonText.toLong("18"));
    assertEquals(OptionalLong.of(8), JsonText.toLong("\"8\""));
    assertEquals(OptionalLong.empty(), JsonText.toLong("\"eight\""));
  }
}
