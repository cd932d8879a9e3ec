package dev.casus.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of rejection, each at the position of the offending character. */
class EdtfParseErrorTest {

  static Stream<Arguments> rejections() {
    return Stream.of(
        // empty and too long
        Arguments.of("", 0, "found end of input"),
        Arguments.of("2020-10-04/2020-10-05" + "x".repeat(44), 64, "at most 64 characters, got 65"),
        Arguments.of("2".repeat(100_000), 64, "at most 64 characters, got 100000"),
        // years
        Arguments.of("202", 3, "expected a 4-digit year, found end of input"),
        Arguments.of("20201", 4, "exactly 4 digits"),
        Arguments.of("-2020", 0, "negative years are not supported"),
        Arguments.of("Y20201", 0, "Y-prefixed years are not supported"),
        Arguments.of("20XX", 2, "unspecified digits (X) are not supported"),
        Arguments.of("[2020,2021]", 0, "sets"),
        Arguments.of("{2020,2021}", 0, "sets"),
        Arguments.of("\u0662\u0660\u0662\u0660", 0, "ASCII digits 0-9, found '\u0662' (U+0662)"),
        Arguments.of("\uFF12020", 0, "ASCII digits 0-9"),
        Arguments.of(" 2020", 0, "found U+0020"),
        // months
        Arguments.of("2020-13-01", 5, "month must be 01-12, got 13"),
        Arguments.of("2020-00", 5, "month must be 01-12, got 00"),
        Arguments.of("2020-21", 5, "seasons (21-24) are not supported"),
        Arguments.of("2020-24", 5, "seasons (21-24) are not supported"),
        Arguments.of("2020-1-4", 6, "expected a 2-digit month, found '-'"),
        Arguments.of("2020-1", 6, "expected a 2-digit month, found end of input"),
        Arguments.of("2020-", 5, "expected a 2-digit month, found end of input"),
        Arguments.of("2020-XX", 5, "unspecified digits"),
        Arguments.of("2020-1\u0660", 6, "ASCII digits 0-9"),
        Arguments.of("2020\u221210", 4, "unexpected '\u2212' (U+2212)"),
        // days
        Arguments.of("2020-10-32", 8, "day must be 01-31, got 32"),
        Arguments.of("2020-10-00", 8, "day must be 01-31, got 00"),
        Arguments.of(
            "2021-02-29", 8, "day must be 01-28 in 2021-02 (2021 is not a leap year), got 29"),
        Arguments.of("1900-02-29", 8, "1900 is not a leap year"),
        Arguments.of("2020-02-30", 8, "day must be 01-29 in 2020-02, got 30"),
        Arguments.of("2020-04-31", 8, "day must be 01-30 in 2020-04, got 31"),
        Arguments.of("2020-10-4", 9, "expected a 2-digit day, found end of input"),
        Arguments.of("2020-10-", 8, "expected a 2-digit day, found end of input"),
        // non-canonical spellings
        Arguments.of("2020-10-04 ", 10, "unexpected U+0020, expected 'T', a qualifier"),
        Arguments.of("2020-10-04\n", 10, "unexpected U+000A"),
        Arguments.of("2020-10-04\u0000", 10, "unexpected U+0000"),
        Arguments.of("2020-10-04\uD83D\uDCA5", 10, "unexpected U+D83D"),
        Arguments.of("2020-10-04t10:00:00", 10, "unexpected 't'"),
        Arguments.of("2020-10-04T10:00:00z", 19, "unexpected 'z', expected 'Z', an offset"),
        Arguments.of("2020-10-04T10:00:00+00:00", 19, "a zero offset must be written Z"),
        Arguments.of("2020-10-04T10:00:00-00:00", 19, "a zero offset must be written Z"),
        Arguments.of("2020-10-04T10:00:00+0400", 22, "expected ':' between offset hours"),
        Arguments.of("2020-10-04T10:00:00+04", 22, "found end of input"),
        Arguments.of("2020-10-04T10:00:00+4:00", 21, "expected 2-digit offset hours, found ':'"),
        Arguments.of("2020-10-04T10:00", 16, "expected ':' between minutes and seconds"),
        Arguments.of("2020-10-04T1000:00", 13, "expected ':' between hours and minutes, found '0'"),
        Arguments.of("2020-10-04T", 11, "expected a 2-digit hour, found end of input"),
        Arguments.of(
            "2020-10-04T10:00:00+05:30:15", 25, "unexpected ':', expected '/' or end of input"),
        // time ranges
        Arguments.of("2020-10-04T24:00:00", 11, "hour must be 00-23, got 24"),
        Arguments.of("2020-10-04T10:60:00", 14, "minutes must be 00-59, got 60"),
        Arguments.of("2020-10-04T10:00:60", 17, "seconds must be 00-59, got 60"),
        Arguments.of("2020-10-04T10:00:00+19:00", 20, "offset hours must be 00-18, got 19"),
        Arguments.of("2020-10-04T10:00:00+18:30", 23, "between -18:00 and +18:00"),
        Arguments.of("2020-10-04T10:00:00+04:60", 23, "offset minutes must be 00-59, got 60"),
        Arguments.of("2020-10-04T10:00:00.5", 19, "fractional seconds are not supported"),
        Arguments.of("2020-10-04T10:00:00,5", 19, "fractional seconds are not supported"),
        // qualifiers
        Arguments.of("2020-10-04T10:00:00?", 19, "not to a date-time"),
        Arguments.of("2020-10-04T10:00:00Z~", 20, "not to a date-time"),
        Arguments.of("2020-10-04??", 11, "unexpected '?', expected '/' or end of input"),
        Arguments.of("2020?-10", 5, "unexpected '-'"),
        Arguments.of("?2020", 0, "expected a 4-digit year, found '?'"),
        // intervals
        Arguments.of(
            "2020-10-05/2020-10-04",
            11,
            "EdtfInterval ends before it starts: start=2020-10-05 end=2020-10-04"),
        Arguments.of("2021/2020", 5, "EdtfInterval ends before it starts: start=2021 end=2020"),
        Arguments.of("2020-11/2020-10~", 8, "start=2020-11 end=2020-10~"),
        Arguments.of("2020-10-04/2020-10-04T10:00:00", 21, "without a time of day"),
        Arguments.of("2020-10-04T10:00:00/2020-10-05", 10, "without a time of day"),
        Arguments.of("2020-10-04T10:00:00Z/..", 10, "without a time of day"),
        Arguments.of("../..", 3, "at least one date end, found \"..\""),
        Arguments.of("/", 1, "at least one date end, found end of input"),
        Arguments.of("../", 3, "at least one date end"),
        Arguments.of("/..", 1, "at least one date end"),
        Arguments.of("..", 2, "expected '/' after the open start \"..\", found end of input"),
        Arguments.of("..x", 2, "expected '/' after the open start \"..\", found 'x'"),
        Arguments.of(".", 1, "expected \"..\""),
        Arguments.of(".x/2020", 1, "expected \"..\" (an open interval end), found 'x'"),
        Arguments.of(
            "2020/2021/2022",
            9,
            "unexpected '/', expected '-', a qualifier (?, ~ or %) or end of input"),
        Arguments.of("2020/...", 7, "unexpected '.', expected end of input"),
        Arguments.of("2020/.x", 6, "expected \"..\""),
        Arguments.of("2020/.", 6, "expected \"..\" (an open interval end), found end of input"),
        Arguments.of("2020-10-04/ ", 11, "expected a 4-digit year, found U+0020"),
        Arguments.of("2020-10-04 /2020-10-05", 10, "unexpected U+0020"),
        Arguments.of("2020-10-04/-2020", 11, "negative years"),
        Arguments.of("2020--10", 5, "expected a 2-digit month, found '-'"),
        Arguments.of("2020-10-04//", 11, "expected a 4-digit year, found '/'"),
        Arguments.of("2020" + "x".repeat(60), 4, "unexpected 'x'"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" at {1}")
  @MethodSource("rejections")
  void rejectedAtThePositionOfTheOffendingCharacter(String input, int position, String problem) {
    EdtfParseException e = assertThrows(EdtfParseException.class, () -> EdtfTime.parse(input));
    assertEquals(input, e.input());
    assertEquals(position, e.position(), () -> "position in " + e.getMessage());
    assertTrue(
        e.problem().contains(problem),
        () -> "problem should contain <" + problem + "> but was <" + e.problem() + ">");
    assertTrue(e.getMessage().contains(" at position " + position + ": " + e.problem()));
  }

  @Test
  void messageNamesInputPositionAndExpectation() {
    EdtfParseException e =
        assertThrows(EdtfParseException.class, () -> EdtfTime.parse("2020-13-01"));
    assertEquals(
        "invalid EDTF \"2020-13-01\" at position 5: month must be 01-12, got 13", e.getMessage());
    assertEquals(5, e.position());
    assertEquals("month must be 01-12, got 13", e.problem());
  }

  @Test
  void isAnIllegalArgumentException() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EdtfTime.parse("2021-02-29"));
    assertInstanceOf(EdtfParseException.class, e);
  }

  @Test
  void messageShortensHugeInputButInputKeepsIt() {
    String huge = "9".repeat(10_000);
    EdtfParseException e = assertThrows(EdtfParseException.class, () -> EdtfTime.parse(huge));
    assertEquals(huge, e.input());
    assertEquals(64, e.position());
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertTrue(e.getMessage().contains("... (10000 characters)"), e.getMessage());
  }

  @Test
  void messageEscapesControlCharactersAndQuotes() {
    EdtfParseException e =
        assertThrows(EdtfParseException.class, () -> EdtfTime.parse("2020\n\"x"));
    assertEquals("invalid EDTF \"2020\\u000A\\\"x\" at position 4: " + e.problem(), e.getMessage());
  }

  @Test
  void exactly64CharactersAreReadNotCutOff() {
    String input = "2020-10-04" + " ".repeat(54);
    assertEquals(64, input.length());
    EdtfParseException e = assertThrows(EdtfParseException.class, () -> EdtfTime.parse(input));
    assertEquals(10, e.position());
  }

  @Test
  void dateParseRejectsIntervalsAtTheSlash() {
    assertPosition(4, () -> EdtfDate.parse("2020/2021"));
    assertPosition(10, () -> EdtfDate.parse("2020-10-04/.."));
    assertPosition(10, () -> EdtfDate.parse("2020-10-04/"));
    assertPosition(0, () -> EdtfDate.parse("../2020"));
    assertPosition(0, () -> EdtfDate.parse("/2020"));
    assertPosition(0, () -> EdtfDate.parse(""));
    EdtfParseException e =
        assertThrows(EdtfParseException.class, () -> EdtfDate.parse("2020-10-04T10:00:00/2020"));
    assertEquals(19, e.position());
    assertTrue(e.problem().contains("not an interval"), e.problem());
  }

  @Test
  void intervalParseRejectsSingleDatesAtTheirEnd() {
    assertPosition(4, () -> EdtfInterval.parse("2020"));
    assertPosition(11, () -> EdtfInterval.parse("2020-10-04~"));
    assertPosition(19, () -> EdtfInterval.parse("2020-10-04T10:00:00"));
    assertPosition(0, () -> EdtfInterval.parse(""));
    EdtfParseException e =
        assertThrows(EdtfParseException.class, () -> EdtfInterval.parse("2020-10"));
    assertTrue(e.problem().contains("expected '/'"), e.problem());
  }

  @Test
  void exceptionRejectsPositionOutsideTheInput() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new EdtfParseException("2020", 5, "x"));
    assertTrue(e.getMessage().contains("EdtfParseException.position"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EdtfParseException("2020", -1, "x"));
    assertEquals(4, new EdtfParseException("2020", 4, "x").position());
  }

  private static void assertPosition(
      int position, org.junit.jupiter.api.function.Executable parse) {
    EdtfParseException e = assertThrows(EdtfParseException.class, parse);
    assertEquals(position, e.position(), e::getMessage);
  }
}
