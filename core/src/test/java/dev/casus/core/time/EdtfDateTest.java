package dev.casus.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EdtfDateTest {

  @Test
  void plainDaysAreReadExactlyAsJavaTimeCountsTheCalendar() {
    // plain days take a short path through the parser: check it against java.time on every
    // month and day number 00-32 of common, leap and century years, both ends of the range
    for (int year : new int[] {0, 1, 1900, 2000, 2019, 2020, 2100, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text = String.format("%04d-%02d-%02d", year, month, day);
          boolean valid =
              month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
          if (valid) {
            assertEquals(EdtfDate.ofDay(year, month, day), EdtfTime.parse(text), text);
            assertEquals(text, EdtfTime.parse(text).toEdtf(), text);
          } else {
            assertThrows(EdtfParseException.class, () -> EdtfTime.parse(text), text);
          }
        }
      }
    }
    for (String bad : new String[] {"2020-1a-04", "2020-10-0x", "202O-10-04", "2020_10-04", "+020-10-04"}) {
      assertThrows(EdtfParseException.class, () -> EdtfTime.parse(bad), bad);
    }
  }

  @Test
  void everyOffsetParsesToItsZoneOffset() {
    // whole quarter hours come from a table, other offsets are computed: both ends and both signs
    String[] offsets = {
      "-18:00", "-12:45", "-03:30", "-00:15", "-00:20", "+00:01", "+04:00", "+05:45", "+18:00"
    };
    for (String o : offsets) {
      EdtfDate d = EdtfDate.parse("2020-10-04T09:30:00" + o);
      assertEquals(Optional.of(ZoneOffset.of(o)), d.offset(), o);
      assertEquals("2020-10-04T09:30:00" + o, d.toEdtf(), o);
    }
  }

  @Test
  void theStrikesOnGanjaAreDatedToTheDay() {
    EdtfDate sunday = EdtfDate.ofDay(2020, 10, 4);
    assertEquals("2020-10-04", sunday.toEdtf());
    assertEquals(2020, sunday.year());
    assertEquals(OptionalInt.of(10), sunday.month());
    assertEquals(OptionalInt.of(4), sunday.day());
    assertEquals(Optional.empty(), sunday.time());
    assertEquals(Optional.empty(), sunday.offset());
    assertEquals(DatePrecision.DAY, sunday.precision());
    assertEquals(Qualifier.NONE, sunday.qualifier());
    assertFalse(sunday.isInterval());
    assertEquals(sunday, EdtfDate.of(LocalDate.of(2020, 10, 4)));
    assertEquals(sunday, EdtfTime.parse("2020-10-04"));
  }

  @Test
  void yearAndMonthFactories() {
    EdtfDate year = EdtfDate.ofYear(2020);
    assertEquals("2020", year.toEdtf());
    assertEquals(OptionalInt.empty(), year.month());
    assertEquals(OptionalInt.empty(), year.day());
    assertEquals(DatePrecision.YEAR, year.precision());

    EdtfDate month = EdtfDate.ofMonth(2020, 10);
    assertEquals("2020-10", month.toEdtf());
    assertEquals(OptionalInt.of(10), month.month());
    assertEquals(OptionalInt.empty(), month.day());
    assertEquals(DatePrecision.MONTH, month.precision());

    assertEquals("0000", EdtfDate.ofYear(0).toEdtf());
    assertEquals("0042-01-02", EdtfDate.ofDay(42, 1, 2).toEdtf());
    assertEquals("9999-12-31", EdtfDate.ofDay(9999, 12, 31).toEdtf());
  }

  @Test
  void dateTimeWithoutOffset() {
    EdtfDate t = EdtfDate.ofDateTime(LocalDateTime.of(2020, 10, 4, 9, 5, 0));
    assertEquals("2020-10-04T09:05:00", t.toEdtf());
    assertEquals(Optional.of(LocalTime.of(9, 5)), t.time());
    assertEquals(Optional.empty(), t.offset());
    assertEquals(DatePrecision.SECOND, t.precision());
    assertEquals(t, EdtfDate.parse("2020-10-04T09:05:00"));
  }

  @Test
  void dateTimeWithOffsetPrintsZForZeroAndHoursMinutesOtherwise() {
    assertEquals(
        "2020-10-04T05:30:00Z",
        EdtfDate.ofDateTime(OffsetDateTime.of(2020, 10, 4, 5, 30, 0, 0, ZoneOffset.UTC)).toEdtf());
    EdtfDate baku =
        EdtfDate.ofDateTime(OffsetDateTime.of(2020, 10, 4, 9, 30, 0, 0, ZoneOffset.ofHours(4)));
    assertEquals("2020-10-04T09:30:00+04:00", baku.toEdtf());
    assertEquals(Optional.of(ZoneOffset.ofHours(4)), baku.offset());
    assertEquals(
        "2020-10-04T09:30:00-03:30",
        EdtfDate.ofDateTime(
                OffsetDateTime.of(2020, 10, 4, 9, 30, 0, 0, ZoneOffset.ofHoursMinutes(-3, -30)))
            .toEdtf());
    assertEquals(Optional.of(ZoneOffset.UTC), EdtfDate.parse("2020-10-04T05:30:00Z").offset());
    assertEquals(
        Optional.of(ZoneOffset.ofHoursMinutes(-3, -30)),
        EdtfDate.parse("2020-10-04T09:30:00-03:30").offset());
  }

  @Test
  void sameInstantWithDifferentOffsetsIsADifferentValue() {
    EdtfDate plusOne = EdtfDate.parse("2020-10-04T10:00:00+01:00");
    EdtfDate utc = EdtfDate.parse("2020-10-04T09:00:00Z");
    assertNotEquals(plusOne, utc);
    assertEquals(plusOne.offset().get().getTotalSeconds(), 3600);
  }

  @Test
  void earliestAndLatestDays() {
    assertDays("2020", "2020-01-01", "2020-12-31");
    assertDays("2020-10", "2020-10-01", "2020-10-31");
    assertDays("2020-09", "2020-09-01", "2020-09-30");
    assertDays("2020-02", "2020-02-01", "2020-02-29");
    assertDays("2021-02", "2021-02-01", "2021-02-28");
    assertDays("2000-02", "2000-02-01", "2000-02-29");
    assertDays("1900-02", "1900-02-01", "1900-02-28");
    assertDays("2020-10-04", "2020-10-04", "2020-10-04");
    assertDays("2020-10-04~", "2020-10-04", "2020-10-04");
    assertDays("2020-10?", "2020-10-01", "2020-10-31");
    assertDays("2020-10-04T23:30:00-05:00", "2020-10-04", "2020-10-04");
    assertDays("2020-10-04T00:30:00+14:00", "2020-10-04", "2020-10-04");
    assertDays("0000", "0000-01-01", "0000-12-31");
    assertDays("9999-12", "9999-12-01", "9999-12-31");
  }

  private static void assertDays(String text, String earliest, String latest) {
    EdtfDate date = EdtfDate.parse(text);
    assertEquals(LocalDate.parse(earliest), date.earliest(), text);
    assertEquals(LocalDate.parse(latest), date.latest(), text);
    assertEquals(Optional.of(LocalDate.parse(earliest)), date.earliestDay(), text);
    assertEquals(Optional.of(LocalDate.parse(latest)), date.latestDay(), text);
  }

  @Test
  void qualifiers() {
    EdtfDate sunday = EdtfDate.ofDay(2020, 10, 4);
    EdtfDate approx = sunday.withQualifier(Qualifier.APPROXIMATE);
    assertEquals("2020-10-04~", approx.toEdtf());
    assertEquals(Qualifier.APPROXIMATE, approx.qualifier());
    assertEquals(EdtfDate.parse("2020-10-04~"), approx);
    assertEquals("2020-10-04?", sunday.withQualifier(Qualifier.UNCERTAIN).toEdtf());
    assertEquals("2020-10-04%", sunday.withQualifier(Qualifier.UNCERTAIN_AND_APPROXIMATE).toEdtf());
    assertEquals("2020~", EdtfDate.ofYear(2020).withQualifier(Qualifier.APPROXIMATE).toEdtf());
    assertEquals(
        "2020-10?", EdtfDate.ofMonth(2020, 10).withQualifier(Qualifier.UNCERTAIN).toEdtf());
    assertEquals(sunday, approx.withQualifier(Qualifier.NONE));
    assertSame(sunday, sunday.withQualifier(Qualifier.NONE));
    assertNotEquals(sunday, approx);
    assertEquals(sunday.precision(), approx.precision());
  }

  @Test
  void dateTimeCannotBeQualified() {
    EdtfDate t = EdtfDate.ofDateTime(LocalDateTime.of(2020, 10, 4, 9, 30));
    assertSame(t, t.withQualifier(Qualifier.NONE));
    assertInvalid(
        () -> t.withQualifier(Qualifier.APPROXIMATE),
        "EdtfDate.qualifier must be NONE for a date-time (EDTF qualifies dates only), got"
            + " APPROXIMATE for 2020-10-04T09:30:00");
    assertInvalid(() -> t.withQualifier(Qualifier.UNCERTAIN), "EdtfDate.qualifier");
    assertInvalid(() -> t.withQualifier(Qualifier.UNCERTAIN_AND_APPROXIMATE), "EdtfDate.qualifier");
  }

  @Test
  void qualifierSuffixes() {
    assertEquals("", Qualifier.NONE.suffix());
    assertEquals("?", Qualifier.UNCERTAIN.suffix());
    assertEquals("~", Qualifier.APPROXIMATE.suffix());
    assertEquals("%", Qualifier.UNCERTAIN_AND_APPROXIMATE.suffix());
    for (Qualifier q : Qualifier.values()) {
      assertEquals(Optional.of(q), Qualifier.fromSuffix(q.suffix()));
    }
    assertEquals(Optional.empty(), Qualifier.fromSuffix("?~"));
    assertEquals("uncertain_and_approximate", Qualifier.UNCERTAIN_AND_APPROXIMATE.wireName());
    assertEquals("second", DatePrecision.SECOND.wireName());
    assertEquals("unknown", IntervalEnd.UNKNOWN.wireName());
  }

  @Test
  void yearOutOfRange() {
    assertInvalid(() -> EdtfDate.ofYear(10000), "EdtfDate.year must be 0-9999, got 10000");
    assertInvalid(() -> EdtfDate.ofYear(-1), "EdtfDate.year must be 0-9999, got -1");
    assertInvalid(() -> EdtfDate.ofMonth(10000, 1), "EdtfDate.year must be 0-9999, got 10000");
    assertInvalid(() -> EdtfDate.ofDay(-5, 1, 1), "EdtfDate.year must be 0-9999, got -5");
    assertInvalid(
        () -> EdtfDate.of(LocalDate.of(10000, 1, 1)), "EdtfDate.year must be 0-9999, got 10000");
    assertInvalid(
        () -> EdtfDate.of(LocalDate.of(-1, 1, 1)), "EdtfDate.year must be 0-9999, got -1");
    assertInvalid(
        () -> EdtfDate.ofDateTime(LocalDateTime.of(10000, 1, 1, 0, 0)),
        "EdtfDate.year must be 0-9999, got 10000");
    assertInvalid(
        () -> EdtfDate.ofDateTime(OffsetDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
        "EdtfDate.year must be 0-9999, got -1");
  }

  @Test
  void monthOutOfRange() {
    assertInvalid(() -> EdtfDate.ofMonth(2020, 13), "EdtfDate.month must be 1-12, got 13");
    assertInvalid(() -> EdtfDate.ofMonth(2020, 0), "EdtfDate.month must be 1-12, got 0");
    assertInvalid(() -> EdtfDate.ofMonth(2020, 21), "EdtfDate.month must be 1-12, got 21");
    assertInvalid(() -> EdtfDate.ofDay(2020, -1, 1), "EdtfDate.month must be 1-12, got -1");
  }

  @Test
  void dayOutOfRangeOrNotInTheCalendar() {
    assertInvalid(
        () -> EdtfDate.ofDay(2020, 10, 32), "EdtfDate.day must be 1-31 in 2020-10, got 32");
    assertInvalid(() -> EdtfDate.ofDay(2020, 10, 0), "EdtfDate.day must be 1-31 in 2020-10, got 0");
    assertInvalid(
        () -> EdtfDate.ofDay(2021, 2, 29), "EdtfDate.day must be 1-28 in 2021-02, got 29");
    assertInvalid(
        () -> EdtfDate.ofDay(2020, 4, 31), "EdtfDate.day must be 1-30 in 2020-04, got 31");
    assertEquals("2020-02-29", EdtfDate.ofDay(2020, 2, 29).toEdtf());
  }

  @Test
  void fractionalSecondsAndSubMinuteOffsetsAreRejected() {
    assertInvalid(
        () -> EdtfDate.ofDateTime(LocalDateTime.of(2020, 10, 4, 9, 30, 0, 500_000_000)),
        "EdtfDate.time must be in whole seconds (fractional seconds are not supported), got"
            + " 09:30:00.500");
    assertInvalid(
        () ->
            EdtfDate.ofDateTime(OffsetDateTime.of(2020, 10, 4, 9, 30, 0, 1, ZoneOffset.ofHours(4))),
        "EdtfDate.time");
    assertInvalid(
        () ->
            EdtfDate.ofDateTime(
                OffsetDateTime.of(
                    2020, 10, 4, 9, 30, 0, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15))),
        "EdtfDate.offset must be in whole minutes, got +05:30:15");
  }

  @Test
  void equalsAndHashCode() {
    EdtfDate a = EdtfDate.ofDay(2020, 10, 4).withQualifier(Qualifier.UNCERTAIN);
    EdtfDate b = EdtfDate.parse("2020-10-04?");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, EdtfDate.ofDay(2020, 10, 4));
    assertNotEquals(EdtfDate.ofDay(2020, 10, 4), EdtfDate.ofDay(2020, 10, 5));
    assertNotEquals(EdtfDate.ofMonth(2020, 10), EdtfDate.ofDay(2020, 10, 1));
    assertNotEquals(EdtfDate.ofYear(2020), EdtfDate.ofMonth(2020, 1));
    assertNotEquals(EdtfDate.ofYear(2020), EdtfDate.ofYear(2021));
    assertNotEquals(EdtfDate.parse("2020-10-04T10:00:00"), EdtfDate.parse("2020-10-04T10:00:01"));
    assertNotEquals(EdtfDate.parse("2020-10-04T10:00:00"), EdtfDate.parse("2020-10-04T10:00:00Z"));
    assertNotEquals(
        EdtfDate.parse("2020-10-04T10:00:00Z"), EdtfDate.parse("2020-10-04T10:00:00+01:00"));
    assertFalse(a.equals((Object) "2020-10-04?"));
    assertFalse(a.equals((Object) EdtfInterval.since(a)));
    assertEquals(
        EdtfDate.ofDateTime(OffsetDateTime.of(2020, 10, 4, 5, 30, 0, 0, ZoneOffset.UTC)).hashCode(),
        EdtfDate.parse("2020-10-04T05:30:00Z").hashCode());
  }

  @Test
  void toStringIsTheEdtfString() {
    assertEquals(
        "2020-10-04~", EdtfDate.ofDay(2020, 10, 4).withQualifier(Qualifier.APPROXIMATE).toString());
  }

  static void assertInvalid(Executable construction, String messagePart) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertTrue(
        e.getMessage().contains(messagePart),
        () -> "message should contain <" + messagePart + "> but was <" + e.getMessage() + ">");
    assertFalse(e instanceof EdtfParseException, "a factory is not a parser");
  }
}
