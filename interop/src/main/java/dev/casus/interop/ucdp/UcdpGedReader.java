package dev.casus.interop.ucdp;

import dev.casus.interop.support.CsvEntityReader;
import dev.casus.interop.support.CsvInput;
import dev.casus.interop.support.EntityStream;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the rows of a UCDP GED CSV file as Casus entities, one row at a time, in constant memory
 * (apart from the actors, places and sources seen, which are kept to deduplicate them).
 *
 * <p>For each row the stream gives, in this order: the sources ({@code source_office}), actors
 * ({@code side_a}, {@code side_b}) and territories ({@code country} &gt; {@code adm_1} &gt; {@code
 * adm_2} &gt; {@code where_coordinates}) the row names for the first time; the incident; its two
 * casualty reports, the total ({@code low} / {@code best} / {@code high}) and the deaths by group
 * ({@code deaths_a}, {@code deaths_b}, {@code deaths_civilians}, {@code deaths_unknown}). Columns
 * are found by header name; unknown columns are kept as {@code x-ucdp-column-...} extensions.
 *
 * <p>A row that cannot be converted (a bad date, a type of violence other than 1-3, a latitude of
 * 95, a low above best) is reported to the error callback as a {@link UcdpRowError} and skipped.
 */
public final class UcdpGedReader extends CsvEntityReader {

  private final List<String> header;
  private final String dateSuffix;

  private UcdpGedReader(CsvInput input, String dateSuffix, Consumer<UcdpRowError> onError) {
    super(
        new EntityStream(
            input,
            new UcdpConverter(input.header(), dateSuffix),
            reportingTo(onError, UcdpRowError::new, "id")));
    this.header = input.header();
    this.dateSuffix = dateSuffix;
  }

  /**
   * Opens a GED CSV file and reads its header.
   *
   * @param in the CSV text
   * @param onError receives every row that cannot be converted
   * @return the reader, before the first row
   * @throws IOException if the text cannot be read, or the header lacks a column every row needs
   *     ({@link UcdpGedColumns#REQUIRED})
   */
  public static UcdpGedReader open(Reader in, Consumer<UcdpRowError> onError) throws IOException {
    CsvInput input = openWithColumns(in, UcdpGedColumns.REQUIRED, "a UCDP GED file");
    String first = input.peek().map(r -> r.get("date_start").strip()).orElse("");
    return new UcdpGedReader(input, first.length() > 10 ? first.substring(10) : "", onError);
  }

  /**
   * The file's columns, normalised to lower case, in file order.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * What the file writes after the day in {@code date_start} and {@code date_end}, judged from
   * its first row: {@code " 00:00:00.000"} in GED's CSV downloads, empty if dates are plain. Write
   * with the same suffix to reproduce the file.
   *
   * @return the suffix, possibly empty
   */
  public String dateSuffix() {
    return dateSuffix;
  }
}
