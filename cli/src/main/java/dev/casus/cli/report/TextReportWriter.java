package dev.casus.cli.report;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes reports for people: one line per finding, {@code file:line:col severity code pointer
 * message}, then one summary line per input and a total when there are several inputs.
 */
public final class TextReportWriter {

  private final PrintWriter out;

  /**
   * A writer to {@code out}.
   *
   * @param out where the report goes (standard output)
   */
  public TextReportWriter(PrintWriter out) {
    this.out = out;
  }

  /**
   * Writes the reports of all inputs.
   *
   * @param reports one report per input, in command-line order
   */
  public void write(List<InputReport> reports) {
    for (InputReport r : reports) {
      for (Finding f : r.report().findings()) {
        out.println(line(r.input(), f));
      }
      out.println(r.input() + ": " + r.report().summary());
    }
    if (reports.size() > 1) {
      long errors = 0;
      long warnings = 0;
      long invalid = 0;
      for (InputReport r : reports) {
        errors += r.report().count(Severity.ERROR);
        warnings += r.report().count(Severity.WARNING);
        invalid += r.report().isValid() ? 0 : 1;
      }
      out.println(
          "total: "
              + reports.size()
              + " inputs, "
              + invalid
              + " invalid, "
              + errors
              + " errors, "
              + warnings
              + " warnings");
    }
    out.flush();
  }

  /**
   * One finding as a line: {@code file:line:col severity code pointer message}; line and column
   * are left out where unknown, the whole-document pointer prints as {@code (root)}.
   *
   * @param input the input's name
   * @param f the finding
   * @return the line
   */
  static String line(String input, Finding f) {
    StringBuilder s = new StringBuilder(input);
    f.line().ifPresent(l -> s.append(':').append(l));
    f.column().ifPresent(c -> s.append(':').append(c));
    return s.append(' ')
        .append(f.severity().name().toLowerCase(Locale.ROOT))
        .append(' ')
        .append(f.code().wireName())
        .append(' ')
        .append(f.pointer().isEmpty() ? "(root)" : f.pointer())
        .append(' ')
        .append(f.message().replace('\n', ' '))
        .toString();
  }
}
