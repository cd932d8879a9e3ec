package dev.casus.interop.ucdp;

/**
 * The names of the {@code x-ucdp-...} extensions the GED converter writes besides those of the
 * kept columns ({@link UcdpGedColumns#KEPT}, e.g. {@code x-ucdp-conflict-name}). Values are raw
 * JSON: a number for integer cells, a string otherwise.
 */
public final class UcdpExtensions {

  /**
   * Incident: {@code date_prec} when it differs from the code the span from {@code date_start} to
   * {@code date_end} implies (see {@link dev.casus.interop.precision.UcdpDatePrecision}).
   */
  public static final String DATE_PREC = "x-ucdp-date-prec";

  /** Incident: {@code where_prec} when it is 5 (a linear feature or fuzzy area), read as region. */
  public static final String WHERE_PREC = "x-ucdp-where-prec";

  /** Actor: the side's {@code side_x_new_id}, UCDP's actor id. */
  public static final String ACTOR_NEW_ID = "x-ucdp-new-id";

  /** Actor: the side's {@code side_x_dset_id}. */
  public static final String ACTOR_DSET_ID = "x-ucdp-dset-id";

  /** Actor: the side's Gleditsch-Ward country code(s), {@code gwnoa} or {@code gwnob}. */
  public static final String ACTOR_GWNO = "x-ucdp-gwno";

  /** Country territory: {@code country_id}, its Gleditsch-Ward code. */
  public static final String COUNTRY_ID = "x-ucdp-country-id";

  /**
   * Casualty report: which GED figures it holds, {@code "total"} ({@code low} / {@code best} /
   * {@code high} of all deaths) or {@code "by-group"} ({@code deaths_a}, {@code deaths_b}, {@code
   * deaths_civilians}, {@code deaths_unknown}).
   */
  public static final String FIGURES = "x-ucdp-figures";

  /** Incident, prefix: {@code x-ucdp-raw-<column>} holds a cell verbatim that would not come back the same otherwise. */
  public static final String RAW_PREFIX = "x-ucdp-raw-";

  /** Incident, prefix: {@code x-ucdp-column-<column>} holds a cell of a column GED does not define. */
  public static final String COLUMN_PREFIX = "x-ucdp-column-";

  private UcdpExtensions() {}
}
