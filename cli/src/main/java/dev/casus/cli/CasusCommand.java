package dev.casus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code casus} command: {@code casus validate} checks feeds and reports every problem with
 * its place; {@code casus convert} turns ACLED, UCDP GED and Casus data into each other, PLOVER
 * and GeoJSON.
 *
 * <p>Exit codes: 0 valid (or converted), 1 invalid (or some rows rejected), 2 usage or I/O error.
 */
@Command(
    name = "casus",
    mixinStandardHelpOptions = true,
    versionProvider = CasusVersion.class,
    description = "Validate and convert armed-conflict reporting feeds (Casus, ACLED, UCDP GED).",
    subcommands = {ValidateCommand.class, ConvertCommand.class})
public final class CasusCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.@org.jspecify.annotations.Nullable CommandSpec spec;

  /** Exit code: the input is valid, or was converted without rejected rows. */
  public static final int EXIT_OK = 0;

  /** Exit code: the input is invalid, or rows were rejected. */
  public static final int EXIT_INVALID = 1;

  /** Exit code: the command line was wrong or an input could not be read or written. */
  public static final int EXIT_USAGE = 2;

  @Override
  public void run() {
    if (spec != null) {
      spec.commandLine().usage(spec.commandLine().getOut());
    }
  }

  /**
   * Runs the command line and returns its exit code, printing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new CasusCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> EXIT_USAGE);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("casus: " + e.getMessage());
          return EXIT_USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code == CommandLine.ExitCode.USAGE ? EXIT_USAGE : code;
  }

  /**
   * The entry point of {@code java -jar casus.jar}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }
}
