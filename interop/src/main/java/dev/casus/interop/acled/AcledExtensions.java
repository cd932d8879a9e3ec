package dev.casus.interop.acled;

/**
 * The names of the {@code x-acled-...} extensions the ACLED converter writes, for the ACLED
 * columns that the Casus model cannot carry. Values are raw JSON: a number for integer cells
 * ({@code 18}, {@code 1580753649}), a string otherwise ({@code "Political violence"}).
 */
public final class AcledExtensions {

  /** Incident: {@code disorder_type}, e.g. {@code "Political violence"}. */
  public static final String DISORDER_TYPE = "x-acled-disorder-type";

  /** Incident: {@code civilian_targeting}, e.g. {@code "Civilian targeting"}. */
  public static final String CIVILIAN_TARGETING = "x-acled-civilian-targeting";

  /** Incident: {@code region}, ACLED's world region, e.g. {@code "Caucasus and Central Asia"}. */
  public static final String REGION = "x-acled-region";

  /** Incident: {@code source_scale}, e.g. {@code "National-Regional"}. */
  public static final String SOURCE_SCALE = "x-acled-source-scale";

  /** Incident: {@code interaction} as the file wrote it, e.g. {@code 18}. */
  public static final String INTERACTION = "x-acled-interaction";

  /**
   * Incident: {@code inter1}, only when it differs from the code of actor1's kind (ACLED codes a
   * state's forces abroad as 8, the forces' kind says 1).
   */
  public static final String INTER1 = "x-acled-inter1";

  /** Incident: {@code inter2}, only when it differs from the code of actor2's kind. */
  public static final String INTER2 = "x-acled-inter2";

  /**
   * Incident: {@code event_date} of a month-precision event ({@code time_precision} 3), the day
   * ACLED chose to stand for the month, e.g. {@code "2019-05-07"}; the Casus time is the month.
   */
  public static final String EVENT_DATE = "x-acled-event-date";

  /** Incident: {@code tags}. */
  public static final String TAGS = "x-acled-tags";

  /** Incident: {@code timestamp}, when ACLED last changed the row (Unix seconds). */
  public static final String TIMESTAMP = "x-acled-timestamp";

  /** Incident: {@code data_id} of the HDX layout. */
  public static final String DATA_ID = "x-acled-data-id";

  /** Incident: {@code event_id_no_cnty} of the HDX layout. */
  public static final String EVENT_ID_NO_CNTY = "x-acled-event-id-no-cnty";

  /** Country territory: {@code iso}, ACLED's numeric country code, e.g. {@code 51}. */
  public static final String ISO = "x-acled-iso";

  /**
   * Incident, prefix: {@code x-acled-raw-<column>} holds a cell verbatim when the model and the
   * other extensions would not write it back exactly (an odd spelling, a coordinate with fewer
   * digits, a country code that differs between rows). Writers use it instead of the derived
   * value. The reader adds none for well-formed ACLED rows.
   */
  public static final String RAW_PREFIX = "x-acled-raw-";

  /** Incident, prefix: {@code x-acled-column-<column>} holds a cell of a column ACLED does not define. */
  public static final String COLUMN_PREFIX = "x-acled-column-";

  private AcledExtensions() {}
}
