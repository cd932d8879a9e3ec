package dev.casus.interop.acled;

import static dev.casus.interop.testutil.Tables.drain;
import static dev.casus.interop.testutil.Tables.only;
import static dev.casus.interop.testutil.Tables.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.entity.Entity;
import dev.casus.core.incident.Incident;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows that cannot be converted are reported with row, line, column and reason, and skipped. */
class AcledBadRowsTest {

  private static final String FIXTURE = resource("/acled/bad-rows.csv");

  @Test
  void badRowsAreReportedAndGoodRowsStillConvert() throws IOException {
    List<AcledRowError> errors = new ArrayList<>();
    List<Entity> all;
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), errors::add)) {
      all = drain(reader);
      assertEquals(9, reader.rowsRead());
      assertEquals(3, reader.rowsConverted());
      assertEquals(6, reader.rowsRejected());
    }
    assertEquals(
        List.of("inc-acled-ARM3351", "inc-acled-ARM3348", "inc-acled-ARM3342"),
        only(all, Incident.class).stream().map(i -> i.id().value()).toList());
    assertEquals(6, errors.size());
    expect(errors.get(0), 2, 3, "event_date", "ARM3352", "2019-02-30");
    expect(errors.get(1), 3, 4, "sub_event_type", "ARM3353", "Ambush");
    expect(errors.get(2), 4, 5, "latitude", "ARM3346", "95");
    expect(errors.get(3), 5, 6, "event_id_cnty", "", "missing");
    expect(errors.get(4), 7, 10, "time_precision", "ARM3349", "\"4\"");
    expect(errors.get(5), 8, 11, "fatalities", "ARM3350", "-1");
    assertEquals(
        "row 4 (line 5) ARM3346, column latitude: must be a number in [-90, 90], got \"95\"",
        errors.get(2).toString());
  }

  @Test
  void aRejectedRowLeavesNoActorOrPlaceBehind() throws IOException {
    String header = resource("/acled/bad-rows.csv").lines().findFirst().orElseThrow();
    String csv =
        header
            + "\nARM1,2019-12-31,2019,1,,Battles,Armed clash,Only In A Bad Row,,1,,,0,10,,51,,Armenia,Nowhere,,,Nothing,95,45,1,Nobody,,,,,"
            + "\nARM2,2019-12-31,2019,1,,Battles,Armed clash,Good Actor,,1,,,0,10,,51,,Armenia,Tavush,,,Aygedzor,40.8,45.5,1,Somebody,,,,,\n";
    List<AcledRowError> errors = new ArrayList<>();
    List<Entity> all;
    try (AcledReader reader = AcledReader.open(new StringReader(csv), errors::add)) {
      all = drain(reader);
    }
    assertEquals(1, errors.size());
    assertEquals(List.of("Good Actor"), only(all, Actor.class).stream().map(a -> a.name().text()).toList());
    assertTrue(all.stream().noneMatch(e -> e.id().value().contains("nowhere")));
    assertTrue(all.stream().noneMatch(e -> e.id().value().contains("nobody")));
  }

  @Test
  void duplicateEventIdsAreReportedByTheImport() throws IOException {
    String first = FIXTURE.lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow();
    String csv = first + "\n" + FIXTURE.lines().skip(1).findFirst().orElseThrow() + "\n";
    AcledImportResult result = AcledImport.toFeed(new StringReader(csv));
    assertEquals(1, result.feed().incidents().size());
    assertEquals(1, result.feed().casualtyReports().size());
    assertEquals(1, result.errors().size());
    expect(result.errors().get(0), 2, 3, "event_id_cnty", "ARM3351", "already read in row 1");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> AcledReader.open(new StringReader("event_id_cnty,notes\nARM1,x\n"), err -> {}));
    assertTrue(e.getMessage().contains("event_date"), e.getMessage());
    assertTrue(e.getMessage().contains("latitude"), e.getMessage());
  }

  private static void expect(
      AcledRowError e, long row, long line, String column, String eventId, String reasonPart) {
    assertEquals(row, e.row(), e.toString());
    assertEquals(line, e.line(), e.toString());
    assertEquals(column, e.column(), e.toString());
    assertEquals(eventId, e.eventId(), e.toString());
    assertTrue(e.reason().contains(reasonPart), e.toString());
  }
}
