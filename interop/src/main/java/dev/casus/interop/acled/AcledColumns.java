package dev.casus.interop.acled;

import java.util.List;

/** The column names of ACLED's CSV layouts, in file order. */
public final class AcledColumns {

  /**
   * The 31 columns of ACLED's current export and API layout (since March 2023): {@code
   * event_id_cnty} to {@code timestamp}.
   */
  public static final List<String> EXPORT =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  /**
   * The 28 columns of the older layout ACLED published on the Humanitarian Data Exchange: with
   * {@code data_id}, {@code event_id_no_cnty} and {@code iso3}, without {@code disorder_type},
   * {@code civilian_targeting}, {@code iso}, {@code admin3}, {@code fatalities} and {@code tags}.
   */
  public static final List<String> HDX =
      List.of(
          "data_id",
          "event_id_cnty",
          "event_id_no_cnty",
          "event_date",
          "year",
          "time_precision",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "region",
          "country",
          "admin1",
          "admin2",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "timestamp",
          "iso3");

  /** The HXL hashtags of the HDX layout, the file's second row, one per column of {@link #HDX}. */
  public static final List<String> HDX_HASHTAGS =
      List.of(
          "",
          "#event+code",
          "",
          "#date+occurred",
          "#date+year",
          "",
          "#event+type",
          "",
          "#group+name+first",
          "#group+name+first+assoc",
          "",
          "#group+name+second",
          "#group+name+second+assoc",
          "",
          "",
          "#region+name",
          "#country+name",
          "#adm1+name",
          "#adm2+name",
          "#loc+name",
          "#geo+lat",
          "#geo+lon",
          "",
          "#meta+source",
          "",
          "#description",
          "",
          "#country+code");

  /** The columns a file must have for its rows to be read. */
  public static final List<String> REQUIRED =
      List.of(
          "event_id_cnty",
          "event_date",
          "time_precision",
          "sub_event_type",
          "country",
          "latitude",
          "longitude",
          "geo_precision");

  private AcledColumns() {}

  /**
   * Whether {@code column} is a column of either layout.
   *
   * @param column a normalised column name
   * @return true if ACLED defines it
   */
  public static boolean isKnown(String column) {
    return EXPORT.contains(column) || HDX.contains(column);
  }
}
