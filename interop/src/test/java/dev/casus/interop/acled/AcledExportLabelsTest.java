package dev.casus.interop.acled;

import static dev.casus.interop.testutil.Tables.drain;
import static dev.casus.interop.testutil.Tables.only;
import static dev.casus.interop.testutil.Tables.resource;
import static dev.casus.interop.testutil.Tables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.incident.Incident;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-made 31-column export fixture with actor types as text labels. */
class AcledExportLabelsTest {

  private static final String FIXTURE = resource("/acled/armenia-excerpt-export-labels.csv");
  private static final List<Map<String, String>> ROWS = rows(FIXTURE);

  @Test
  void readsTheExportLayoutWithLabelsAndFatalities() throws IOException {
    List<AcledRowError> errors = new ArrayList<>();
    List<Entity> all;
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), errors::add)) {
      assertEquals(AcledLayout.EXPORT, reader.layout());
      assertEquals(AcledStyle.LABELS, reader.style());
      all = drain(reader);
    }
    assertEquals(List.of(), errors);
    List<Incident> incidents = only(all, Incident.class);
    List<CasualtyReport> reports = only(all, CasualtyReport.class);
    assertEquals(ROWS.size(), incidents.size());
    assertEquals(ROWS.size(), reports.size());
    for (int n = 0; n < ROWS.size(); n++) {
      Incident i = incidents.get(n);
      CasualtyReport r = reports.get(n);
      assertEquals(i.id(), r.incident().orElseThrow());
      long fatalities = Long.parseLong(ROWS.get(n).get("fatalities"));
      assertEquals(
          List.of(
              CasualtyFigure.of(
                  CasualtyOutcome.KILLED, CasualtyGroup.UNKNOWN, Estimate.atLeast(fatalities))),
          r.figures());
      assertEquals(i.sources(), r.sources());
      assertTrue(r.notes().orElseThrow().contains("0 both when no one was reported killed"));
      assertEquals(
          "\"" + ROWS.get(n).get("interaction") + "\"",
          i.extensions().get(AcledExtensions.INTERACTION));
      assertEquals(
          "\"" + ROWS.get(n).get("disorder_type") + "\"",
          i.extensions().get(AcledExtensions.DISORDER_TYPE));
      for (String key : i.extensions().keySet()) {
        assertTrue(!key.startsWith(AcledExtensions.RAW_PREFIX), i.id() + " needed " + key);
      }
    }
    // entity stream order: each report right after its incident
    for (int n = 0; n < all.size(); n++) {
      if (all.get(n) instanceof CasualtyReport r) {
        assertEquals(r.incident().orElseThrow(), ((Incident) all.get(n - 1)).id());
      }
    }
  }

  @Test
  void labelsInLabelsOutReproducesEveryCell() throws IOException {
    StringWriter out = new StringWriter();
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), e -> {});
        AcledWriter writer =
            AcledWriter.open(out, AcledLayout.EXPORT, reader.style(), issue -> {})) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
      assertEquals(ROWS.size(), writer.rowsWritten() + 1, "the last row is written on close");
    }
    assertEquals(ROWS, rows(out.toString()));
  }

  @Test
  void labelsInNumbersOutGivesTheCodesOfTheHdxRows() throws IOException {
    Map<String, Map<String, String>> hdx = new HashMap<>();
    for (Map<String, String> row : rows(resource("/acled/armenia-excerpt-hdx.csv"))) {
      hdx.put(row.get("event_id_cnty"), row);
    }
    StringWriter out = new StringWriter();
    try (AcledReader reader = AcledReader.open(new StringReader(FIXTURE), e -> {});
        AcledWriter writer = AcledWriter.open(out)) {
      while (reader.hasNext()) {
        writer.write(reader.next());
      }
    }
    List<Map<String, String>> numeric = rows(out.toString());
    assertEquals(ROWS.size(), numeric.size());
    for (Map<String, String> row : numeric) {
      Map<String, String> original = hdx.get(row.get("event_id_cnty"));
      for (String column : List.of("inter1", "inter2", "interaction", "event_date", "actor1", "actor2", "source")) {
        assertEquals(original.get(column), row.get(column), row.get("event_id_cnty") + " " + column);
      }
    }
  }
}
