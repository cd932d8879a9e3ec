package dev.casus.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What an example's {@code main} printed: runs it with standard output and standard error
 * captured (as UTF-8, line ends normalised to {@code \n}) and restores both afterwards.
 *
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
public record Captured(String out, String err) {

  /** A {@code main} method, or any code that may throw. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the code.
     *
     * @throws Exception whatever it throws
     */
    void run() throws Exception;
  }

  /**
   * Runs {@code body} with standard output and error captured.
   *
   * @param body the code, typically {@code () -> Example.main(args)}
   * @return what it printed
   * @throws Exception whatever {@code body} throws
   */
  public static Captured run(Body body) throws Exception {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      System.setErr(e);
      body.run();
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new Captured(text(out), text(err));
  }

  private static String text(ByteArrayOutputStream bytes) {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
