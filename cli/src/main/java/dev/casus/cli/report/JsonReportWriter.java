package dev.casus.cli.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.Severity;
import dev.casus.core.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes reports for machines, one JSON document:
 *
 * <pre>{@code
 * {"valid":false,"inputs":[{"input":"feed.json","valid":false,"partial":false,"recordsRead":12,
 *   "counts":{"error":1,"warning":0,"info":0},
 *   "findings":[{"severity":"error","code":"unresolved_reference",
 *     "pointer":"/casualtyReports/0/incident","line":40,"column":19,"message":"..."}]}]}
 * }</pre>
 */
public final class JsonReportWriter {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Writer out;

  /**
   * A writer to {@code out}.
   *
   * @param out where the report goes (standard output)
   */
  public JsonReportWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes the reports of all inputs.
   *
   * @param reports one report per input, in command-line order
   * @throws IOException if the output cannot be written
   */
  public void write(List<InputReport> reports) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeBooleanField("valid", reports.stream().allMatch(r -> r.report().isValid()));
      g.writeArrayFieldStart("inputs");
      for (InputReport r : reports) {
        writeInput(g, r.input(), r.report());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void writeInput(JsonGenerator g, String input, ValidationReport report)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("input", input);
    g.writeBooleanField("valid", report.isValid());
    g.writeBooleanField("partial", report.isPartial());
    g.writeNumberField("recordsRead", report.recordsRead());
    g.writeObjectFieldStart("counts");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.wireName(), report.count(s));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : report.findings()) {
      g.writeStartObject();
      g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
      g.writeStringField("code", f.code().wireName());
      g.writeStringField("pointer", f.pointer());
      if (f.line().isPresent()) {
        g.writeNumberField("line", f.line().getAsLong());
      }
      if (f.column().isPresent()) {
        g.writeNumberField("column", f.column().getAsInt());
      }
      g.writeStringField("message", f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
