package dev.casus.interop.precision;

import java.time.LocalDate;

/**
 * An ACLED event date with its {@code time_precision}: what {@code event_date} and {@code
 * time_precision} hold in one ACLED row.
 *
 * @param eventDate the day ACLED records ({@code event_date}); for precisions 2 and 3 a day
 *     standing for a week or a month
 * @param timePrecision 1 (the day), 2 (the week or a few days around it) or 3 (the month)
 */
public record AcledDate(LocalDate eventDate, int timePrecision) {

  /**
   * Checks the precision.
   *
   * @param eventDate the ACLED event date
   * @param timePrecision 1, 2 or 3
   * @throws IllegalArgumentException if {@code timePrecision} is not 1, 2 or 3
   */
  public AcledDate {
    if (timePrecision < 1 || timePrecision > 3) {
      throw new IllegalArgumentException(
          "AcledDate.timePrecision must be 1, 2 or 3, got " + timePrecision);
    }
  }
}
