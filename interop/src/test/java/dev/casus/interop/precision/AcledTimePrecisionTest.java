package dev.casus.interop.precision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import dev.casus.core.time.Qualifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledTimePrecisionTest {

  @Test
  void everyCodeOnEveryDayOfALeapYearRoundTripsWithTheKeptDay() {
    for (int code = 1; code <= 3; code++) {
      for (LocalDate d = LocalDate.of(2020, 1, 1); d.getYear() == 2020; d = d.plusDays(1)) {
        EdtfTime time = AcledTimePrecision.toEdtf(d, code);
        Optional<LocalDate> kept = AcledTimePrecision.keptDay(d, code);
        assertEquals(
            Optional.of(new AcledDate(d, code)),
            AcledTimePrecision.fromEdtf(time, kept),
            "code " + code + " day " + d);
      }
    }
  }

  @Test
  void eachCodeHasItsEdtfForm() {
    LocalDate d = LocalDate.of(2019, 5, 7);
    assertEquals("2019-05-07", AcledTimePrecision.toEdtf(d, 1).toEdtf());
    assertEquals("2019-05-07~", AcledTimePrecision.toEdtf(d, 2).toEdtf());
    assertEquals("2019-05", AcledTimePrecision.toEdtf(d, 3).toEdtf());
    assertEquals(Optional.empty(), AcledTimePrecision.keptDay(d, 1));
    assertEquals(Optional.empty(), AcledTimePrecision.keptDay(d, 2));
    assertEquals(Optional.of(d), AcledTimePrecision.keptDay(d, 3));
  }

  @Test
  void aMonthWithoutItsKeptDayBecomesTheFifteenth() {
    assertEquals(
        Optional.of(new AcledDate(LocalDate.of(2019, 5, 15), 3)),
        AcledTimePrecision.fromEdtf(EdtfDate.ofMonth(2019, 5)));
    // a kept day from another month is ignored
    assertEquals(
        Optional.of(new AcledDate(LocalDate.of(2019, 5, 15), 3)),
        AcledTimePrecision.fromEdtf(EdtfDate.ofMonth(2019, 5), Optional.of(LocalDate.of(2019, 6, 7))));
  }

  @Test
  void casusTimesAcledCannotHoldExactlyMapToTheNearestCode() {
    EdtfDate day = EdtfDate.ofDay(2020, 10, 4);
    assertEquals(code(day, 1), AcledTimePrecision.fromEdtf(day));
    for (Qualifier q : new Qualifier[] {Qualifier.APPROXIMATE, Qualifier.UNCERTAIN, Qualifier.UNCERTAIN_AND_APPROXIMATE}) {
      assertEquals(code(day, 2), AcledTimePrecision.fromEdtf(day.withQualifier(q)), q.name());
    }
    assertEquals(
        code(day, 1),
        AcledTimePrecision.fromEdtf(EdtfDate.ofDateTime(LocalDateTime.of(2020, 10, 4, 9, 30))));
    // 7 days: the middle day, precision 2
    assertEquals(
        Optional.of(new AcledDate(LocalDate.of(2020, 9, 30), 2)),
        AcledTimePrecision.fromEdtf(
            EdtfInterval.of(EdtfDate.ofDay(2020, 9, 27), EdtfDate.ofDay(2020, 10, 3))));
    // one day written as an interval: precision 1
    assertEquals(
        code(day, 1), AcledTimePrecision.fromEdtf(EdtfInterval.of(day, day)));
    // 10 days within October: the middle day, precision 3
    assertEquals(
        Optional.of(new AcledDate(LocalDate.of(2020, 10, 15), 3)),
        AcledTimePrecision.fromEdtf(
            EdtfInterval.of(EdtfDate.ofDay(2020, 10, 11), EdtfDate.ofDay(2020, 10, 20))));
  }

  @Test
  void yearsLongIntervalsAndOpenEndsHaveNoAcledForm() {
    assertEquals(Optional.empty(), AcledTimePrecision.fromEdtf(EdtfDate.ofYear(2020)));
    assertEquals(
        Optional.empty(),
        AcledTimePrecision.fromEdtf(
            EdtfInterval.of(EdtfDate.ofDay(2020, 9, 27), EdtfDate.ofDay(2020, 10, 10))));
    assertEquals(
        Optional.empty(), AcledTimePrecision.fromEdtf(EdtfInterval.since(EdtfDate.ofDay(2020, 9, 27))));
    assertEquals(
        Optional.empty(),
        AcledTimePrecision.fromEdtf(EdtfInterval.withUnknownStart(EdtfDate.ofDay(2020, 9, 27))));
  }

  @Test
  void badCodesAreRefusedNamingTimePrecision() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    for (int code : new int[] {0, 4}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> AcledTimePrecision.toEdtf(d, code));
      assertTrue(e.getMessage().contains("time_precision"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> AcledTimePrecision.keptDay(d, code));
      assertTrue(e.getMessage().contains("time_precision"), e.getMessage());
      e = assertThrows(IllegalArgumentException.class, () -> new AcledDate(d, code));
      assertTrue(e.getMessage().contains("AcledDate.timePrecision"), e.getMessage());
    }
  }

  private static Optional<AcledDate> code(EdtfDate day, int code) {
    return Optional.of(new AcledDate(day.earliest(), code));
  }
}
