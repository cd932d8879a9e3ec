package dev.casus.core.time;

import static dev.casus.core.time.EdtfDateTest.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EdtfIntervalTest {

  private static final EdtfDate SEPT_27 = EdtfDate.ofDay(2020, 9, 27);
  private static final EdtfDate OCT_4 = EdtfDate.ofDay(2020, 10, 4);
  private static final EdtfDate OCTOBER = EdtfDate.ofMonth(2020, 10);
  private static final EdtfDate TEN_AM = EdtfDate.ofDateTime(LocalDateTime.of(2020, 10, 4, 10, 0));

  @Test
  void theClashesSinceSeptember27AreAnOpenInterval() {
    EdtfInterval clashes = EdtfInterval.since(SEPT_27);
    assertEquals("2020-09-27/..", clashes.toEdtf());
    assertEquals(clashes, EdtfTime.parse("2020-09-27/.."));
    assertEquals(Optional.of(SEPT_27), clashes.start());
    assertEquals(Optional.empty(), clashes.end());
    assertEquals(IntervalEnd.DATE, clashes.startKind());
    assertEquals(IntervalEnd.OPEN, clashes.endKind());
    assertTrue(clashes.isInterval());
    assertEquals(Optional.of(LocalDate.of(2020, 9, 27)), clashes.earliestDay());
    assertEquals(Optional.empty(), clashes.latestDay());
  }

  @Test
  void everyFactoryWritesItsForm() {
    assertForm(
        EdtfInterval.of(SEPT_27, OCT_4),
        "2020-09-27/2020-10-04",
        IntervalEnd.DATE,
        IntervalEnd.DATE);
    assertForm(EdtfInterval.until(OCTOBER), "../2020-10", IntervalEnd.OPEN, IntervalEnd.DATE);
    assertForm(
        EdtfInterval.withUnknownStart(OCT_4), "/2020-10-04", IntervalEnd.UNKNOWN, IntervalEnd.DATE);
    assertForm(
        EdtfInterval.withUnknownEnd(OCT_4), "2020-10-04/", IntervalEnd.DATE, IntervalEnd.UNKNOWN);
    assertForm(EdtfInterval.since(OCT_4), "2020-10-04/..", IntervalEnd.DATE, IntervalEnd.OPEN);
  }

  private static void assertForm(
      EdtfInterval i, String edtf, IntervalEnd startKind, IntervalEnd endKind) {
    assertEquals(edtf, i.toEdtf());
    assertEquals(edtf, i.toString());
    assertEquals(i, EdtfInterval.parse(edtf));
    assertEquals(startKind, i.startKind());
    assertEquals(endKind, i.endKind());
    assertEquals(startKind == IntervalEnd.DATE, i.start().isPresent());
    assertEquals(endKind == IntervalEnd.DATE, i.end().isPresent());
  }

  @Test
  void earliestAndLatestDays() {
    assertDays("2020-09-27/2020-10-04", "2020-09-27", "2020-10-04");
    assertDays("2020-10/2020-10-04", "2020-10-01", "2020-10-04");
    assertDays("2020-10-04/2020-10", "2020-10-04", "2020-10-31");
    assertDays("2020/2021-02", "2020-01-01", "2021-02-28");
    assertDays("2019/2020-02", "2019-01-01", "2020-02-29");
    assertDays("2020-09-27~/2020-10?", "2020-09-27", "2020-10-31");
    assertDays("2020-09-27/..", "2020-09-27", null);
    assertDays("2020-09-27/", "2020-09-27", null);
    assertDays("../2020-10", null, "2020-10-31");
    assertDays("/2020-02", null, "2020-02-29");
  }

  private static void assertDays(String text, String earliest, String latest) {
    EdtfTime t = EdtfTime.parse(text);
    assertEquals(Optional.ofNullable(earliest).map(LocalDate::parse), t.earliestDay(), text);
    assertEquals(Optional.ofNullable(latest).map(LocalDate::parse), t.latestDay(), text);
  }

  @Test
  void endsMayHaveDifferentPrecisionsAndQualifiers() {
    EdtfInterval i = EdtfInterval.of(OCTOBER, OCT_4);
    assertEquals("2020-10/2020-10-04", i.toEdtf());
    EdtfInterval q =
        EdtfInterval.of(
            SEPT_27.withQualifier(Qualifier.APPROXIMATE),
            OCTOBER.withQualifier(Qualifier.UNCERTAIN));
    assertEquals("2020-09-27~/2020-10?", q.toEdtf());
    assertEquals(Qualifier.APPROXIMATE, q.start().get().qualifier());
    assertEquals(Qualifier.UNCERTAIN, q.end().get().qualifier());
  }

  @Test
  void anIntervalMayStartAndEndOnTheSameDay() {
    assertEquals("2020-10-04/2020-10-04", EdtfInterval.of(OCT_4, OCT_4).toEdtf());
  }

  @Test
  void anIntervalThatEndsBeforeItStartsIsRejected() {
    assertInvalid(
        () -> EdtfInterval.of(EdtfDate.ofDay(2020, 10, 5), OCT_4),
        "EdtfInterval ends before it starts: start=2020-10-05 end=2020-10-04");
    assertInvalid(
        () -> EdtfInterval.of(EdtfDate.ofMonth(2020, 11), OCTOBER),
        "EdtfInterval ends before it starts: start=2020-11 end=2020-10");
    assertInvalid(
        () -> EdtfInterval.of(EdtfDate.ofYear(2021), EdtfDate.ofDay(2020, 12, 31)),
        "EdtfInterval ends before it starts: start=2021 end=2020-12-31");
    // Qualifiers do not relax the order.
    assertInvalid(
        () ->
            EdtfInterval.of(
                EdtfDate.ofDay(2020, 10, 5).withQualifier(Qualifier.APPROXIMATE), OCT_4),
        "EdtfInterval ends before it starts: start=2020-10-05~ end=2020-10-04");
    // Overlapping coarse ends are fine: October may end after the 4th.
    assertEquals("2020-10-04/2020-10", EdtfInterval.of(OCT_4, OCTOBER).toEdtf());
    assertEquals(
        "2020-10/2020-10-01", EdtfInterval.of(OCTOBER, EdtfDate.ofDay(2020, 10, 1)).toEdtf());
  }

  @Test
  void intervalEndsCannotBeDateTimes() {
    assertInvalid(
        () -> EdtfInterval.of(TEN_AM, EdtfDate.ofDay(2020, 10, 5)),
        "EdtfInterval.start must be a date without a time of day (EDTF intervals join dates), got"
            + " 2020-10-04T10:00:00");
    assertInvalid(
        () -> EdtfInterval.of(SEPT_27, TEN_AM), "EdtfInterval.end must be a date without");
    assertInvalid(() -> EdtfInterval.since(TEN_AM), "EdtfInterval.start");
    assertInvalid(() -> EdtfInterval.withUnknownEnd(TEN_AM), "EdtfInterval.start");
    assertInvalid(() -> EdtfInterval.until(TEN_AM), "EdtfInterval.end");
    assertInvalid(() -> EdtfInterval.withUnknownStart(TEN_AM), "EdtfInterval.end");
  }

  @Test
  void equalsAndHashCode() {
    EdtfInterval a = EdtfInterval.of(SEPT_27, OCT_4);
    EdtfInterval b = EdtfInterval.parse("2020-09-27/2020-10-04");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);
    assertNotEquals(a, EdtfInterval.of(SEPT_27, OCTOBER));
    assertNotEquals(a, EdtfInterval.of(EdtfDate.ofDay(2020, 9, 28), OCT_4));
    assertNotEquals(EdtfInterval.since(OCT_4), EdtfInterval.withUnknownEnd(OCT_4));
    assertNotEquals(EdtfInterval.until(OCT_4), EdtfInterval.withUnknownStart(OCT_4));
    assertNotEquals(EdtfInterval.since(OCT_4), EdtfInterval.until(OCT_4));
    assertEquals(
        EdtfInterval.since(OCT_4).hashCode(), EdtfInterval.parse("2020-10-04/..").hashCode());
    assertFalse(a.equals((Object) SEPT_27));
    assertFalse(a.equals((Object) "2020-09-27/2020-10-04"));
  }
}
