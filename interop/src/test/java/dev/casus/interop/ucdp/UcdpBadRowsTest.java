package dev.casus.interop.ucdp;

import static dev.casus.interop.testutil.Tables.drain;
import static dev.casus.interop.testutil.Tables.only;
import static dev.casus.interop.testutil.Tables.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.incident.Incident;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class UcdpBadRowsTest {

  private static final String FIXTURE = resource("/ucdp/ged-excerpt.csv");
  private static final String HEADER = FIXTURE.lines().findFirst().orElseThrow();
  private static final String GOOD = FIXTURE.lines().skip(1).findFirst().orElseThrow();

  private static String column(String row, String column, String value) {
    List<String> names = List.of(HEADER.split(","));
    // the first fixture row has quoted cells with commas before source_office; rebuild it
    List<String> cells = new ArrayList<>(dev.casus.interop.testutil.Tables.rows(HEADER + "\n" + row).get(0).values());
    cells.set(names.indexOf(column), value);
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append('"').append(c.replace("\"", "\"\"")).append('"');
    }
    return b.toString();
  }

  @Test
  void badRowsAreReportedAndGoodRowsStillConvert() throws IOException {
    List<UnaryOperator<String>> defects =
        List.of(
            r -> column(r, "date_start", "2020-13-01 00:00:00.000"),
            r -> column(r, "type_of_violence", "4"),
            r -> column(r, "latitude", "95"),
            r -> column(r, "id", ""),
            r -> column(column(r, "low", "9"), "best", "1"),
            r -> column(r, "date_end", "2020-10-01 00:00:00.000"));
    StringBuilder csv = new StringBuilder(HEADER).append('\n').append(GOOD).append('\n');
    for (int i = 0; i < defects.size(); i++) {
      csv.append(defects.get(i).apply(column(GOOD, "id", "90010" + i))).append('\n');
    }
    csv.append(column(GOOD, "id", "900099")).append('\n');
    List<UcdpRowError> errors = new ArrayList<>();
    List<Incident> incidents;
    try (UcdpGedReader reader = UcdpGedReader.open(new StringReader(csv.toString()), errors::add)) {
      incidents = only(drain(reader), Incident.class);
    }
    assertEquals(
        List.of("inc-ucdp-900001", "inc-ucdp-900099"),
        incidents.stream().map(i -> i.id().value()).toList());
    assertEquals(
        List.of("date_start", "type_of_violence", "latitude", "id", "low", "date_end"),
        errors.stream().map(UcdpRowError::column).toList());
    for (int i = 0; i < errors.size(); i++) {
      assertEquals(i + 2, errors.get(i).row());
      assertEquals(i + 3, errors.get(i).line());
    }
    assertTrue(errors.get(2).reason().contains("95"), errors.get(2).toString());
    assertTrue(errors.get(4).reason().contains("low 9 is above best 1"), errors.get(4).toString());
    assertEquals("", errors.get(3).eventId());
    assertEquals("900104", errors.get(4).eventId());
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefused() {
    IOException e =
        assertThrows(IOException.class, () -> UcdpGedReader.open(new StringReader("id,year\n1,2020\n"), x -> {}));
    assertTrue(e.getMessage().contains("side_a"), e.getMessage());
  }
}
