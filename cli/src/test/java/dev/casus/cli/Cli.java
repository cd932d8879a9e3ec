package dev.casus.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Runs the casus command in this JVM and captures what it prints. */
final class Cli {

  /**
   * A finding line of the text report: {@code file:line:col severity code pointer message}, line
   * and column where known.
   */
  static final Pattern FINDING =
      Pattern.compile(
          "^(?<file>.+?)(?::(?<line>\\d+)(?::(?<col>\\d+))?)? (?<severity>error|warning|info)"
              + " (?<code>[a-z_]+) (?<pointer>\\(root\\)|/\\S*) (?<message>.+)$");

  /** The summary line of one input. */
  static final Pattern SUMMARY =
      Pattern.compile(
          "^(?<file>.+?): (?<verdict>valid|invalid): (?<errors>\\d+) errors?, (?<warnings>\\d+)"
              + " warnings?, (?<infos>\\d+) infos? in (?<records>\\d+) records?(?<partial>; partial:"
              + " .*)?$");

  /** What a run printed and returned. */
  record Result(int exit, String out, String err) {

    List<String> outLines() {
      return out.lines().collect(Collectors.toList());
    }

    /** The finding lines of stdout, parsed. */
    List<Matcher> findings() {
      return out.lines()
          .map(FINDING::matcher)
          .filter(Matcher::matches)
          .collect(Collectors.toList());
    }

    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private Cli() {}

  /** Runs {@code casus ARGS}. */
  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = CasusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(exit, out.toString(), err.toString());
  }

  /** Runs {@code casus ARGS} with {@code stdin} as standard input. */
  static synchronized Result runWithStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  /** Copies a test resource of this package into {@code dir}. */
  static Path resource(String name, Path dir) {
    Path target = dir.resolve(Path.of(name).getFileName().toString());
    try (InputStream in = Cli.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes UTF-8 text to a file in {@code dir}. */
  static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Single quotes to double quotes. */
  static String q(String s) {
    return s.replace('\'', '"');
  }
}
