package dev.casus.interop.support;

/**
 * Why one row of a dataset cannot be converted: the column at fault and the reason, for the
 * row-error report. Thrown inside a converter and turned into a row error by its reader.
 */
public final class RowFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The column at fault, lower case, as in the header. */
  private final String column;

  /**
   * A failure of the cell in {@code column}.
   *
   * @param column the column name as in the header (lower case), e.g. {@code "event_date"}
   * @param reason what is wrong, for a person to act on
   */
  public RowFailure(String column, String reason) {
    super(reason);
    this.column = column;
  }

  /**
   * The column at fault.
   *
   * @return the column name
   */
  public String column() {
    return column;
  }

  /**
   * What is wrong with the cell.
   *
   * @return the reason
   */
  public String reason() {
    String message = getMessage();
    return message == null ? "" : message;
  }
}
