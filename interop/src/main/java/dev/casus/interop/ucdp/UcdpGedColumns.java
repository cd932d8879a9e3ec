package dev.casus.interop.ucdp;

import java.util.List;

/** The columns of the UCDP GED CSV, in file order. */
public final class UcdpGedColumns {

  /** The 49 columns of the GED event file, {@code id} to {@code gwnob}. */
  public static final List<String> ALL =
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob");

  /**
   * The columns the model does not carry, kept on the incident as {@code x-ucdp-<column>} with
   * underscores as hyphens ({@code x-ucdp-conflict-name}).
   */
  public static final List<String> KEPT =
      List.of(
          "relid",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "number_of_sources",
          "source_article",
          "source_date",
          "source_headline",
          "source_original",
          "geom_wkt",
          "priogrid_gid",
          "region",
          "event_clarity");

  /** The columns a file must have for its rows to be read. */
  public static final List<String> REQUIRED =
      List.of(
          "id",
          "type_of_violence",
          "side_a",
          "side_b",
          "where_prec",
          "latitude",
          "longitude",
          "country",
          "date_start",
          "date_end",
          "best",
          "low",
          "high");

  private UcdpGedColumns() {}

  /**
   * The extension name of a kept column.
   *
   * @param column a column of {@link #KEPT}, or any column name
   * @return e.g. {@code x-ucdp-conflict-name}
   */
  public static String extension(String column) {
    return "x-ucdp-" + column.replace('_', '-');
  }
}
