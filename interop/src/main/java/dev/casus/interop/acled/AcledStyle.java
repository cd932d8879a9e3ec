package dev.casus.interop.acled;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How an ACLED file writes two cells that ACLED has published in more than one way: the actor
 * type codes ({@code inter1}, {@code inter2}, {@code interaction}) as numbers ({@code 1}, {@code
 * 18}) or as text labels ({@code State forces}, {@code State forces-External/Other forces}), and
 * {@code event_date} as {@code 2019-12-31} or {@code 31 December 2019}.
 *
 * @param interLabels true if actor types are text labels, false if numbers
 * @param isoDates true if dates are {@code yyyy-MM-dd}, false if {@code d MMMM yyyy}
 */
public record AcledStyle(boolean interLabels, boolean isoDates) {

  /** Numbers and ISO dates, as in the HDX files and ACLED's older exports. */
  public static final AcledStyle NUMERIC = new AcledStyle(false, true);

  /** Text labels and ISO dates, as in ACLED's current API and export. */
  public static final AcledStyle LABELS = new AcledStyle(true, true);

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /**
   * The style of a file, judged from the cells of its first data row.
   *
   * @param inter1 the first row's {@code inter1} cell
   * @param eventDate the first row's {@code event_date} cell
   * @return the style
   */
  public static AcledStyle detect(String inter1, String eventDate) {
    String i = inter1.strip();
    boolean labels = !i.isEmpty() && !i.chars().allMatch(Character::isDigit);
    boolean iso = !eventDate.strip().matches("[0-9]{1,2} [A-Za-z]+ [0-9]{4}");
    return new AcledStyle(labels, iso);
  }

  /**
   * Writes a date in this style.
   *
   * @param date the date
   * @return {@code 2019-12-31} or {@code 31 December 2019}
   */
  public String formatDate(LocalDate date) {
    return isoDates ? date.toString() : LONG_DATE.format(date);
  }

  /**
   * Reads a date in either style.
   *
   * @param text the cell
   * @return the date, or empty if the cell is neither {@code yyyy-MM-dd} nor {@code d MMMM yyyy}
   */
  public static Optional<LocalDate> parseDate(String text) {
    String t = text.strip();
    try {
      return Optional.of(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(t, LONG_DATE));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
