package dev.casus.interop.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.time.Qualifier;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UcdpDatePrecisionTest {

  private static final LocalDate START = LocalDate.of(2020, 9, 27);

  @Test
  void everySpanUpToFourHundredDaysRoundTripsAndGetsItsCode() {
    for (int days = 1; days <= 400; days++) {
      LocalDate end = START.plusDays(days - 1);
      EdtfTime time = UcdpDatePrecision.toEdtf(START, end);
      int code = UcdpDatePrecision.derivedCode(START, end);
      int expected = days == 1 ? 1 : days <= 6 ? 2 : days == 7 ? 3 : days <= 31 ? 4 : 5;
      assertEquals(expected, code, days + " days");
      assertEquals(
          Optional.of(new UcdpDates(START, end, code)), UcdpDatePrecision.fromEdtf(time), days + " days");
    }
  }

  @Test
  void eachCodeHasARepresentativeEdtfForm() {
    // 1: one day
    assertEquals("2020-10-04", edtf("2020-10-04", "2020-10-04"));
    // 2: 2-6 days
    assertEquals("2020-10-01/2020-10-03", edtf("2020-10-01", "2020-10-03"));
    // 3: a week
    assertEquals("2020-09-27/2020-10-03", edtf("2020-09-27", "2020-10-03"));
    // 4: a whole month, or 8-31 days
    assertEquals("2020-02", edtf("2020-02-01", "2020-02-29"));
    assertEquals("2020-10-01/2020-10-20", edtf("2020-10-01", "2020-10-20"));
    // 5: a whole year, or more than a month
    assertEquals("2020", edtf("2020-01-01", "2020-12-31"));
    assertEquals("2020-09-01/2020-11-30", edtf("2020-09-01", "2020-11-30"));
    assertEquals(4, UcdpDatePrecision.fromEdtf(EdtfDate.ofMonth(2020, 2)).orElseThrow().datePrec());
    assertEquals(5, UcdpDatePrecision.fromEdtf(EdtfDate.ofYear(2020)).orElseThrow().datePrec());
  }

  @Test
  void qualifiersAreDroppedAndOpenIntervalsHaveNoGedForm() {
    EdtfDate approx = EdtfDate.ofDay(2020, 10, 4).withQualifier(Qualifier.APPROXIMATE);
    assertEquals(
        Optional.of(new UcdpDates(LocalDate.of(2020, 10, 4), LocalDate.of(2020, 10, 4), 1)),
        UcdpDatePrecision.fromEdtf(approx));
    assertEquals(
        Optional.empty(), UcdpDatePrecision.fromEdtf(EdtfInterval.since(EdtfDate.ofDay(2020, 9, 27))));
    assertEquals(
        Optional.empty(),
        UcdpDatePrecision.fromEdtf(EdtfInterval.until(EdtfDate.ofDay(2020, 9, 27))));
  }

  @Test
  void anEndBeforeTheStartIsRefused() {
    LocalDate before = START.minusDays(1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> UcdpDatePrecision.toEdtf(START, before));
    assertTrue(e.getMessage().contains("date_end"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> UcdpDatePrecision.derivedCode(START, before));
    assertTrue(e.getMessage().contains("date_end"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new UcdpDates(START, before, 1));
    assertTrue(e.getMessage().contains("UcdpDates.end"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new UcdpDates(START, START, 6));
    assertTrue(e.getMessage().contains("UcdpDates.datePrec"), e.getMessage());
  }

  private static String edtf(String start, String end) {
    return UcdpDatePrecision.toEdtf(LocalDate.parse(start), LocalDate.parse(end)).toEdtf();
  }
}
