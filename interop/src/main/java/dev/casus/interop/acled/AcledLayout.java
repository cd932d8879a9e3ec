package dev.casus.interop.acled;

import java.util.List;

/** Which ACLED CSV layout a file has or a writer produces. */
public enum AcledLayout {
  /** The current 31-column export and API layout, {@link AcledColumns#EXPORT}. */
  EXPORT(AcledColumns.EXPORT),
  /**
   * The older layout of ACLED files on the Humanitarian Data Exchange, {@link AcledColumns#HDX},
   * written with its HXL hashtag row.
   */
  HDX(AcledColumns.HDX);

  private final List<String> columns;

  AcledLayout(List<String> columns) {
    this.columns = columns;
  }

  /**
   * The columns of this layout, in file order.
   *
   * @return the column names
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * The layout a header belongs to: {@link #HDX} if it has {@code data_id}, {@code
   * event_id_no_cnty} or {@code iso3}, else {@link #EXPORT}.
   *
   * @param header normalised column names
   * @return the layout
   */
  public static AcledLayout of(List<String> header) {
    return header.contains("data_id")
            || header.contains("event_id_no_cnty")
            || header.contains("iso3")
        ? HDX
        : EXPORT;
  }
}
