package dev.casus.cli;

import dev.casus.cli.report.InputReport;
import dev.casus.cli.report.JsonReportWriter;
import dev.casus.cli.report.ReportFormat;
import dev.casus.cli.report.TextReportWriter;
import dev.casus.core.code.CodeList;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.FeedValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code casus validate}: checks feed documents and JSON Lines feeds and reports every finding
 * with its place, never only the first.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate Casus feeds: report every problem with file, line, column and JSON Pointer.",
      "Exit 0 valid, 1 invalid, 2 usage or I/O error."
    })
final class ValidateCommand implements Callable<Integer> {

  /** Files larger than this (50 MiB) get a notice on a terminal before they are read. */
  static final long LARGE_FILE = 50L * 1024 * 1024;

  @CommandLine.Spec private CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  @CommandLine.ArgGroup(exclusive = true)
  private @org.jspecify.annotations.Nullable Strictness strictness;

  static final class Strictness {
    @Option(names = "--strict", description = "Unknown members are errors (the default).")
    boolean strict;

    @Option(names = "--lenient", description = "Unknown members are warnings.")
    boolean lenient;
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: text or json (default: ${DEFAULT-VALUE}).",
      converter = FormatConverter.class)
  private ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--max-findings",
      defaultValue = "1000",
      description = "List at most N findings per input (default: ${DEFAULT-VALUE}); more are counted.")
  private int maxFindings = ValidationProfile.DEFAULT_MAX_FINDINGS;

  @Option(
      names = "--disable",
      arity = "1..*",
      paramLabel = "CODE",
      description = "Finding codes to skip, e.g. dated_before_incident.",
      converter = FindingCodeConverter.class)
  private List<FindingCode> disabled = new ArrayList<>();

  @Option(
      names = "--jsonl",
      description = "Read the inputs as JSON Lines (default: by extension .jsonl / .ndjson).")
  private boolean jsonLines;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Feeds to check; - reads stdin.")
  private List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    CommandLine cli = requireSpec().commandLine();
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    if (maxFindings < 1) {
      throw new CommandLine.ParameterException(cli, "--max-findings must be at least 1");
    }
    ValidationProfile profile =
        (strictness != null && strictness.lenient
                ? ValidationProfile.lenient()
                : ValidationProfile.strict())
            .limitedTo(maxFindings)
            .disable(disabled.toArray(new FindingCode[0]));
    // a document longer than the heap can hold is a finding, not an out-of-memory error
    FeedValidator validator = FeedValidator.create(profile, Heap.json());
    List<InputReport> reports = new ArrayList<>();
    for (String file : files) {
      try {
        reports.add(new InputReport(file, validate(validator, file, err)));
      } catch (NoSuchFileException e) {
        err.println("casus validate: " + file + ": no such file");
        return CasusCommand.EXIT_USAGE;
      } catch (IOException | UncheckedIOException e) {
        err.println("casus validate: " + file + ": cannot read: " + e.getMessage());
        return CasusCommand.EXIT_USAGE;
      }
    }
    try {
      if (format == ReportFormat.JSON) {
        new JsonReportWriter(out).write(reports);
      } else {
        new TextReportWriter(out).write(reports);
      }
    } catch (IOException e) {
      err.println("casus validate: cannot write the report: " + e.getMessage());
      return CasusCommand.EXIT_USAGE;
    }
    return reports.stream().allMatch(r -> r.report().isValid())
        ? CasusCommand.EXIT_OK
        : CasusCommand.EXIT_INVALID;
  }

  private ValidationReport validate(FeedValidator validator, String file, PrintWriter err)
      throws IOException {
    boolean lines = jsonLines || isJsonLinesName(file);
    if (file.equals("-")) {
      InputStream in = System.in;
      return lines ? validator.validateJsonLines(in) : validator.validateDocument(in);
    }
    Path path = Path.of(file);
    Optional<String> notice = readingNotice(System.console() != null, file, Files.size(path));
    if (notice.isPresent()) {
      err.println(notice.get());
      err.flush();
    }
    try (InputStream in = Files.newInputStream(path)) {
      return lines ? validator.validateJsonLines(in) : validator.validateDocument(in);
    }
  }

  /**
   * What to tell a person at a terminal before a large file is read, so that a long wait does not
   * look like a hang: nothing for small files, or when the output goes to a program.
   *
   * @param terminal whether a person is watching (a console is attached)
   * @param file the file name as given
   * @param bytes the file's size
   * @return the notice, if one is due
   */
  static Optional<String> readingNotice(boolean terminal, String file, long bytes) {
    if (!terminal || bytes <= LARGE_FILE) {
      return Optional.empty();
    }
    return Optional.of(
        "casus validate: reading " + file + " (" + bytes / (1024 * 1024) + " MiB)...");
  }

  private static boolean isJsonLinesName(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".jsonl") || f.endsWith(".ndjson");
  }

  private CommandLine.Model.CommandSpec requireSpec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }

  /** Reads {@code --format text|json}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "expected text or json, got '" + value + "'");
      }
    }
  }

  /** Reads finding codes by their wire names. */
  static final class FindingCodeConverter implements CommandLine.ITypeConverter<FindingCode> {
    @Override
    public FindingCode convert(String value) {
      return CodeList.fromWireName(FindingCode.class, value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "unknown finding code '"
                          + value
                          + "'; see docs/validation.md for the list, e.g. dated_before_incident"));
    }
  }
}
