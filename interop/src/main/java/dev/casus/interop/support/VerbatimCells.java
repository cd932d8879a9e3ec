package dev.casus.interop.support;

import dev.casus.core.incident.Incident;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Makes a converted row round-trip: the cells of the row that writing the incident back would not
 * reproduce to the letter (a number or a label the source file spells its own way) are kept
 * verbatim as incident extensions, for the writer to put back.
 */
public final class VerbatimCells {

  private VerbatimCells() {}

  /**
   * The incident with an extension {@code rawPrefix + column} (a JSON string of the cell) for each
   * of the format's columns whose cell differs from what rendering gave.
   *
   * @param incident the incident converted from {@code row}
   * @param row the row
   * @param header the file's columns, in file order
   * @param isFormatColumn which columns the format's writer renders; others are passed over
   * @param rendered the cells rendering {@code incident} back gave, by column (a missing one is
   *     empty)
   * @param rawPrefix the extension name before the column, e.g. {@code x-acled-raw-}
   * @return {@code incident} itself if every cell comes back the same, otherwise a copy with the
   *     differing cells added
   */
  public static Incident keepDiffering(
      Incident incident,
      CsvRow row,
      List<String> header,
      Predicate<String> isFormatColumn,
      Map<String, String> rendered,
      String rawPrefix) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (String column : header) {
      if (!isFormatColumn.test(column)) {
        continue;
      }
      String cell = row.get(column);
      if (!cell.equals(rendered.getOrDefault(column, ""))) {
        raw.put(rawPrefix + column, JsonText.string(cell));
      }
    }
    if (raw.isEmpty()) {
      return incident;
    }
    return Incident.builder().from(incident).putAllExtensions(raw).build();
  }
}
