package dev.casus.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every canonical form parses, prints back unchanged, and re-parses to an equal value. */
class EdtfRoundTripTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // level 0: years, months, days
        "2020",
        "0000",
        "9999",
        "2020-10",
        "2020-10-04",
        "2020-02-29",
        "2000-02-29",
        "0004-02-29",
        // level 0: date-times
        "2020-10-04T09:30:00",
        "2020-10-04T00:00:00",
        "2020-10-04T23:59:59",
        "2020-10-04T09:30:00Z",
        "2020-10-04T09:30:00+04:00",
        "2020-10-04T09:30:00-03:30",
        "2020-10-04T09:30:00+05:45",
        "2020-10-04T09:30:00+18:00",
        "2020-10-04T09:30:00-18:00",
        // level 1: qualifiers on dates
        "2020?",
        "2020~",
        "2020%",
        "2020-10?",
        "2020-10-04?",
        "2020-10-04~",
        "2020-10-04%",
      })
  void singleDatesRoundTrip(String canonical) {
    EdtfTime parsed = EdtfTime.parse(canonical);
    assertInstanceOf(EdtfDate.class, parsed);
    assertEquals(canonical, parsed.toEdtf());
    assertEquals(canonical, parsed.toString());
    assertEquals(parsed, EdtfTime.parse(parsed.toEdtf()));
    assertEquals(parsed, EdtfDate.parse(canonical));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // level 0 intervals
        "2020-09-27/2020-10-04",
        "2020/2021",
        "2020/2020",
        "2020-10-04/2020-10-04",
        "2020-10/2020-10-04",
        "2020-10-04/2020-10",
        "2019-12/2020",
        // level 1: open and unknown ends
        "2020-09-27/..",
        "../2020-10",
        "/2020-10-04",
        "2020-10-04/",
        // level 1: qualified ends
        "2020-09-27~/2020-10%",
        "2020?/2021~",
        "../2020-10-04?",
        "2020-10-04~/",
      })
  void intervalsRoundTrip(String canonical) {
    EdtfTime parsed = EdtfTime.parse(canonical);
    assertInstanceOf(EdtfInterval.class, parsed);
    assertEquals(canonical, parsed.toEdtf());
    assertEquals(canonical, parsed.toString());
    assertEquals(parsed, EdtfTime.parse(parsed.toEdtf()));
    assertEquals(parsed, EdtfInterval.parse(canonical));
  }

  @ParameterizedTest(name = "{0} has precision {1}")
  @CsvSource({
    "2020, YEAR",
    "2020~, YEAR",
    "2020-10, MONTH",
    "2020-10-04, DAY",
    "2020-10-04%, DAY",
    "2020-10-04T09:30:00, SECOND",
    "2020-10-04T09:30:00Z, SECOND",
  })
  void precisionFollowsTheLastWrittenComponent(String text, DatePrecision precision) {
    assertEquals(precision, EdtfDate.parse(text).precision());
  }

  @ParameterizedTest(name = "{0} has qualifier {1}")
  @CsvSource({
    "2020-10-04, NONE",
    "2020-10-04?, UNCERTAIN",
    "2020-10-04~, APPROXIMATE",
    "2020-10-04%, UNCERTAIN_AND_APPROXIMATE",
    "2020-10?, UNCERTAIN",
    "2020~, APPROXIMATE",
  })
  void qualifierIsRead(String text, Qualifier qualifier) {
    assertEquals(qualifier, EdtfDate.parse(text).qualifier());
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({
    "2020-10-04, 2020-10-04~",
    "2020-10-04~, 2020-10-04?",
    "2020-10, 2020-10-01",
    "2020, 2020-01",
    "2020-10-04T10:00:00+01:00, 2020-10-04T09:00:00Z",
    "2020-10-04T10:00:00, 2020-10-04T10:00:00Z",
    "2020-10-04/, 2020-10-04/..",
    "/2020-10-04, ../2020-10-04",
    "2020-10-04/2020-10-05, 2020-10-04/2020-10-05~",
  })
  void differentStringsAreDifferentValues(String a, String b) {
    assertNotEquals(EdtfTime.parse(a), EdtfTime.parse(b));
  }
}
