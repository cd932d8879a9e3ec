package dev.casus.interop.acled;

import dev.casus.interop.support.CsvEntityReader;
import dev.casus.interop.support.CsvInput;
import dev.casus.interop.support.EntityStream;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams the rows of an ACLED CSV file as Casus entities, one row at a time, so that a file of a
 * million rows converts in constant memory (apart from the actors, places and sources seen, which
 * are kept to deduplicate them).
 *
 * <p>For each row the stream gives, in this order: the sources, actors and territories the row
 * names for the first time; the incident; its casualty report (if the file has a {@code
 * fatalities} cell). Columns are found by header name in any order; unknown columns are kept as
 * {@code x-acled-column-...} extensions. Both layouts are read: the 31-column export (inter codes
 * as numbers or text labels) and the HDX layout with its HXL hashtag row.
 *
 * <p>A row that cannot be converted (a bad date, an unknown sub-event type, a latitude of 95, no
 * {@code event_id_cnty}) is reported to the error callback as an {@link AcledRowError} and
 * skipped; the other rows still convert.
 *
 * <pre>{@code
 * try (AcledReader reader = AcledReader.open(in, error -> log.warn(error.toString()))) {
 *   while (reader.hasNext()) {
 *     Entity entity = reader.next();
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class AcledReader extends CsvEntityReader {

  private final List<String> header;
  private final AcledLayout layout;
  private final AcledStyle style;

  private AcledReader(
      CsvInput input, AcledLayout layout, AcledStyle style, Consumer<AcledRowError> onError) {
    super(
        new EntityStream(
            input,
            new AcledConverter(input.header(), style),
            reportingTo(onError, AcledRowError::new, "event_id_cnty")));
    this.header = input.header();
    this.layout = layout;
    this.style = style;
  }

  /**
   * Opens an ACLED CSV file and reads its header.
   *
   * @param in the CSV text (UTF-8 decoded; a byte-order mark is ignored)
   * @param onError receives every row that cannot be converted
   * @return the reader, before the first row
   * @throws IOException if the text cannot be read, or the header lacks a column every row needs
   *     ({@link AcledColumns#REQUIRED})
   */
  public static AcledReader open(Reader in, Consumer<AcledRowError> onError) throws IOException {
    CsvInput input = openWithColumns(in, AcledColumns.REQUIRED, "an ACLED file");
    AcledLayout layout = AcledLayout.of(input.header());
    AcledStyle style =
        input
            .peek()
            .map(r -> AcledStyle.detect(r.get("inter1"), r.get("event_date")))
            .orElse(layout == AcledLayout.HDX ? AcledStyle.NUMERIC : AcledStyle.LABELS);
    return new AcledReader(input, layout, style, onError);
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
   * The file's layout, judged from its header.
   *
   * @return {@link AcledLayout#HDX} or {@link AcledLayout#EXPORT}
   */
  public AcledLayout layout() {
    return layout;
  }

  /**
   * The file's style (numbers or labels for actor types, date format), judged from its first data
   * row. Write with the same style to reproduce the file.
   *
   * @return the style
   */
  public AcledStyle style() {
    return style;
  }
}
