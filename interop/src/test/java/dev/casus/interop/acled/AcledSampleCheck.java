package dev.casus.interop.acled;

import dev.casus.core.entity.Entity;
import dev.casus.core.incident.Incident;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Not a unit test: converts a whole ACLED file (by default the shared Armenia sample) to Casus and
 * back, and prints how many rows converted, how many were rejected, how many cells needed a raw
 * override, and how many cells differ after the round trip, per column. Run with the test class
 * path: {@code java dev.casus.interop.acled.AcledSampleCheck [file.csv]}.
 */
public final class AcledSampleCheck {

  private AcledSampleCheck() {}

  public static void main(String[] args) throws IOException {
    Path file =
        Path.of(args.length > 0 ? args[0] : "/work/shared/data/acled/acled-armenia-2018-2019-hdx.csv");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    List<AcledRowError> errors = new ArrayList<>();
    Map<String, Integer> rawOverrides = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    StringWriter same = new StringWriter();
    StringWriter export = new StringWriter();
    long rowsRead;
    long converted;
    long rejected;
    AcledLayout layout;
    try (AcledReader reader = AcledReader.open(new StringReader(original), errors::add);
        AcledWriter sameWriter = AcledWriter.open(same, AcledReader.open(new StringReader(original), e -> {}).layout(), reader.style(), i -> System.out.println("issue " + i));
        AcledWriter exportWriter = AcledWriter.open(export, AcledLayout.EXPORT, reader.style(), i -> {})) {
      layout = reader.layout();
      while (reader.hasNext()) {
        Entity e = reader.next();
        kinds.merge(e.entityKind().name(), 1, Integer::sum);
        if (e instanceof Incident incident) {
          for (String key : incident.extensions().keySet()) {
            if (key.startsWith(AcledExtensions.RAW_PREFIX)) {
              rawOverrides.merge(key, 1, Integer::sum);
            }
          }
        }
        sameWriter.write(e);
        exportWriter.write(e);
      }
      rowsRead = reader.rowsRead();
      converted = reader.rowsConverted();
      rejected = reader.rowsRejected();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("file %s (%s layout)%n", file, layout);
    System.out.printf(
        "rows read %d, converted %d, rejected %d, in %.2f s%n", rowsRead, converted, rejected, seconds);
    errors.forEach(e -> System.out.println("  rejected: " + e));
    System.out.println("entities: " + kinds);
    System.out.println("raw overrides (cells the model did not reproduce): " + rawOverrides);

    AcledImportResult imported = AcledImport.toFeed(new StringReader(original));
    System.out.printf(
        "import: feed of %d sources, %d actors, %d territories, %d incidents, %d casualty reports; %d errors%n",
        imported.feed().sources().size(),
        imported.feed().actors().size(),
        imported.feed().territories().size(),
        imported.feed().incidents().size(),
        imported.feed().casualtyReports().size(),
        imported.errors().size());

    List<CSVRecord> in = records(new StringReader(original));
    List<CSVRecord> back = records(new StringReader(same.toString()));
    List<CSVRecord> exp = records(new StringReader(export.toString()));
    compare("same layout", in, back);
    compare("export layout", in, exp);
  }

  private static List<CSVRecord> records(Reader r) throws IOException {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
  }

  private static void compare(String what, List<CSVRecord> in, List<CSVRecord> out) {
    List<String> inHeader = in.get(0).getParser().getHeaderNames();
    List<String> outHeader = out.get(0).getParser().getHeaderNames();
    Map<String, Integer> diffs = new TreeMap<>();
    int compared = 0;
    int cells = 0;
    // skip the hashtag row of the input if any
    List<CSVRecord> inRows = in.get(0).get(1).startsWith("#") ? in.subList(1, in.size()) : in;
    List<CSVRecord> outRows = out.get(0).get(1).startsWith("#") ? out.subList(1, out.size()) : out;
    for (int i = 0; i < Math.min(inRows.size(), outRows.size()); i++) {
      compared++;
      for (String column : inHeader) {
        if (!outHeader.contains(column)) {
          continue;
        }
        cells++;
        String a = inRows.get(i).get(column);
        String b = outRows.get(i).get(column);
        if (!a.equals(b)) {
          diffs.merge(column, 1, Integer::sum);
          if (diffs.get(column) <= 2) {
            System.out.println("  diff row " + (i + 1) + " " + column + ": [" + a + "] vs [" + b + "]");
          }
        }
      }
    }
    System.out.printf(
        "%s: %d input rows, %d output rows, %d rows x shared columns compared (%d cells), differing cells per column %s%n",
        what, inRows.size(), outRows.size(), compared, cells, diffs);
  }
}
