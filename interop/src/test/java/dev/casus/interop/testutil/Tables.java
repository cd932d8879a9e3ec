package dev.casus.interop.testutil;

import dev.casus.core.entity.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Test helpers: fixtures as text, CSV text as rows of cells by column. */
public final class Tables {

  private Tables() {}

  /** The text of a test resource. */
  public static String resource(String path) {
    try (InputStream in = Tables.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data rows of CSV text (a hashtag row skipped), each a map from column to cell. */
  public static List<Map<String, String>> rows(String csv) {
    try {
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
      List<String> header = new ArrayList<>();
      records.get(0).forEach(header::add);
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r : records.subList(1, records.size())) {
        if (r.size() > 1 && r.get(1).startsWith("#")) {
          continue;
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < r.size() ? r.get(i) : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header of CSV text. */
  public static List<String> header(String csv) {
    try {
      List<String> header = new ArrayList<>();
      CSVFormat.DEFAULT.parse(new StringReader(csv)).iterator().next().forEach(header::add);
      return header;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every entity of an iterator. */
  public static List<Entity> drain(Iterator<Entity> it) {
    List<Entity> all = new ArrayList<>();
    it.forEachRemaining(all::add);
    return all;
  }

  /** The entities of one type. */
  public static <T> List<T> only(List<Entity> entities, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Entity e : entities) {
      if (type.isInstance(e)) {
        out.add(type.cast(e));
      }
    }
    return out;
  }
}
