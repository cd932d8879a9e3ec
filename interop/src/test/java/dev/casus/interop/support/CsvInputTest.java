package dev.casus.interop.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInputTest {

  @Test
  void headerIsNormalisedAndTheHashtagRowSkipped() throws IOException {
    String csv = "\uFEFFEvent_ID_Cnty, SOURCE SCALE \r\n#event+code,\r\nARM1,Other\r\n";
    try (CsvInput in = CsvInput.open(new StringReader(csv))) {
      assertEquals(List.of("event_id_cnty", "source_scale"), in.header());
      assertEquals(List.of("#event+code", ""), in.hashtags().orElseThrow());
      CsvRow row = in.next().orElseThrow();
      assertEquals(1, row.row());
      assertEquals(3, row.line());
      assertEquals("ARM1", row.get("event_id_cnty"));
      assertEquals("Other", row.get("source_scale"));
      assertEquals("", row.get("no_such_column"));
      assertFalse(in.next().isPresent());
    }
  }

  @Test
  void rowsKnowTheLineTheyStartOnAcrossMultiLineCellsAndBlankLines() throws IOException {
    String csv = "a,b\n1,\"two\nlines\"\n\n3,x\n4,\"x\ny\nz\"\n5,last";
    try (CsvInput in = CsvInput.open(new StringReader(csv))) {
      assertTrue(in.hashtags().isEmpty());
      long[][] expected = {{1, 2}, {2, 5}, {3, 6}, {4, 9}};
      for (long[] e : expected) {
        CsvRow row = in.peek().orElseThrow();
        assertEquals(row, in.next().orElseThrow());
        assertEquals(e[0], row.row(), "row");
        assertEquals(e[1], row.line(), "line of row " + e[0]);
      }
      assertTrue(in.next().isEmpty());
    }
  }

  @Test
  void shortRowsGiveEmptyCells() throws IOException {
    try (CsvInput in = CsvInput.open(new StringReader("a,b,c\n1\n"))) {
      CsvRow row = in.next().orElseThrow();
      assertEquals("1", row.get("a"));
      assertEquals("", row.get("c"));
      assertEquals(3, row.cells().size());
    }
  }

  @Test
  void anEmptyFileIsRefused() {
    IOException e = assertThrows(IOException.class, () -> CsvInput.open(new StringReader("")));
    assertTrue(e.getMessage().contains("header"), e.getMessage());
  }
}
