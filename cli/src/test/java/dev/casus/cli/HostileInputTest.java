package dev.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a validator, each validated by {@code casus validate} in its own JVM with
 * a heap of 256 MB: every one must end with exit 1 within a minute, with at least one finding
 * located by file, line and column, and without a stack trace or an out-of-memory error.
 */
class HostileInputTest {

  private static final long TIMEOUT_SECONDS = 60;
  private static final String HEADER =
      "{\"schemaVersion\":\"1.0\",\"producer\":\"test\",\"createdAt\":\"2020-10-05T00:00:00Z\"";
  private static final String VALID = HEADER + "}";

  @TempDir Path dir;

  /** What the subprocess printed. */
  private record Run(int exit, String out, String err, long millis) {
    @Override
    public String toString() {
      return "exit " + exit + " after " + millis + " ms\n--- stdout (start)\n"
          + out.substring(0, Math.min(out.length(), 2000)) + "\n--- stderr (start)\n"
          + err.substring(0, Math.min(err.length(), 2000));
    }
  }

  private Run validate(Path file) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.casus.cli.CasusCommand",
                "validate",
                file.toString()));
    Path out = dir.resolve(file.getFileName() + ".out");
    Path err = dir.resolve(file.getFileName() + ".err");
    long start = System.nanoTime();
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        fail("casus validate " + file.getFileName() + " did not end within " + TIMEOUT_SECONDS + " s");
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8),
          millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Validates {@code file} in a subprocess and asserts the common contract; returns the located
   * findings of the expected code (at least one).
   */
  private List<Matcher> assertRejected(Path file, String code) {
    Run r = validate(file);
    assertEquals(1, r.exit(), r::toString);
    for (String stream : List.of(r.out(), r.err())) {
      assertFalse(stream.contains("\tat "), () -> "a stack trace:\n" + r);
      assertFalse(stream.contains("Exception in thread"), r::toString);
      assertFalse(stream.contains("OutOfMemoryError"), r::toString);
      assertFalse(stream.contains("StackOverflowError"), r::toString);
    }
    List<Matcher> located = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      Matcher m = Cli.FINDING.matcher(line);
      if (m.matches() && m.group("line") != null && m.group("col") != null) {
        assertEquals(file.toString(), m.group("file"), line);
        if (m.group("code").equals(code)) {
          located.add(m);
        }
      }
    }
    assertFalse(located.isEmpty(), () -> "no " + code + " finding located by file:line:col\n" + r);
    assertTrue(
        r.out().lines().anyMatch(l -> l.startsWith(file + ": invalid: ")),
        () -> "no summary\n" + r);
    return located;
  }

  private Path write(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String text) {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code prefix}, {@code count} times {@code unit}, then {@code suffix}, streaming. */
  private Path writeRepeated(String name, String prefix, char unit, long count, String suffix) {
    Path file = dir.resolve(name);
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, (byte) unit);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(prefix.getBytes(StandardCharsets.UTF_8));
      long left = count;
      while (left > 0) {
        int n = (int) Math.min(left, block.length);
        out.write(block, 0, n);
        left -= n;
      }
      out.write(suffix.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String reportAbout(String count) {
    return HEADER
        + ",\"incidents\":[{\"id\":\"inc-ganja\",\"incidentType\":\"armed_clash\",\"time\":\"2020-10-04\","
        + "\"locations\":[{\"point\":{\"latitude\":40.6828,\"longitude\":46.3606},\"precision\":\"near\"}]}],"
        + "\"casualtyReports\":[{\"id\":\"cr-ganja\",\"incident\":\"inc-ganja\",\"figures\":"
        + "[{\"outcome\":\"killed\",\"group\":\"civilian\",\"count\":"
        + count
        + "}]}]}";
  }

  @Test
  void emptyFile() {
    Matcher m = assertRejected(write("empty.json", new byte[0]), "syntax").get(0);
    assertEquals("1", m.group("line"));
  }

  @Test
  void oneMegabyteOfRandomBytes() {
    byte[] bytes = new byte[1 << 20];
    new Random(20201004).nextBytes(bytes);
    bytes[0] = '{'; // not a byte-order mark by chance: the bytes themselves must be judged
    assertRejected(write("random.bin", bytes), "encoding");
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() {
    byte[] text = VALID.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[text.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(text, 0, bytes, 2, text.length);
    Matcher m = assertRejected(write("utf16le.json", bytes), "encoding").get(0);
    assertEquals("1", m.group("line"));
    assertEquals("1", m.group("col"));
    assertTrue(m.group("message").contains("UTF-16LE"), m.group());
  }

  @Test
  void utf32() {
    Charset utf32 = Charset.forName("UTF-32");
    Matcher m = assertRejected(write("utf32.json", VALID.getBytes(utf32)), "encoding").get(0);
    assertTrue(m.group("message").contains("UTF-32"), m.group());
  }

  @Test
  void hundredThousandOpenBrackets() {
    Path file = writeRepeated("nested.json", "", '[', 100_000, "");
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertEquals("1", m.group("line"));
    assertEquals("65", m.group("col"), "the first bracket one level too deep");
  }

  @Test
  void fiftyMegabyteString() {
    // longer than the documents a 256 MB heap holds (an eighth of it): reported where the
    // reader gives up, without reading the rest
    String prefix = "{\"schemaVersion\":\"1.0\",\"producer\":\"";
    Path file =
        writeRepeated(
            "long-string.json", prefix, 'a', 50L << 20, "\",\"createdAt\":\"2020-10-05T00:00:00Z\"}");
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertEquals("(root)", m.group("pointer"));
    assertEquals("1", m.group("line"));
    assertTrue(m.group("message").contains("longer than the limit"), m.group());
  }

  @Test
  void fiveMegabyteString() {
    // within the document limit: the string limit (1,000,000 characters) applies
    String prefix = "{\"schemaVersion\":\"1.0\",\"producer\":\"";
    Path file =
        writeRepeated(
            "string.json", prefix, 'a', 5L << 20, "\",\"createdAt\":\"2020-10-05T00:00:00Z\"}");
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertEquals("/producer", m.group("pointer"));
    assertEquals(String.valueOf(prefix.length()), m.group("col"), "at the string's opening quote");
  }

  @Test
  void threeHundredMegabyteDocumentOfIncidents() {
    String incident =
        "{\"id\":\"inc-ganja\",\"incidentType\":\"armed_clash\",\"time\":\"2020-10-04\","
            + "\"locations\":[{\"point\":{\"latitude\":40.6828,\"longitude\":46.3606},"
            + "\"precision\":\"near\"}]},\n";
    Path file = dir.resolve("huge.json");
    byte[] block = incident.repeat((1 << 16) / incident.length()).getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write((HEADER + ",\"incidents\":[\n").getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 300L << 20; written += block.length) {
        out.write(block);
      }
      out.write((incident.replace("},\n", "}") + "]}").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertTrue(Long.parseLong(m.group("line")) > 1000, m.group());
    assertTrue(m.group("message").contains("JSON Lines"), m.group());
  }

  @Test
  void tenThousandDigitNumber() {
    Path file = write("long-number.json", reportAbout("9".repeat(10_000)));
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertEquals("/casualtyReports/0/figures/0/count", m.group("pointer"));
  }

  @Test
  void hugeExponentAsACount() {
    Path file = write("exponent.json", reportAbout("1e999999999"));
    Matcher m = assertRejected(file, "number_out_of_range").get(0);
    assertEquals("/casualtyReports/0/figures/0/count", m.group("pointer"));
  }

  @Test
  void tenThousandDuplicateKeys() {
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < 10_000; i++) {
      s.append(",\"description\":\"").append(i).append('"');
    }
    Path file = write("duplicates.json", s.append('}').toString());
    List<Matcher> found = assertRejected(file, "duplicate_member");
    // the first description is kept; 9 999 repeats, of which the default limit lists 1000
    assertEquals(1000, found.size());
    Run r = validate(file);
    assertTrue(
        r.out().contains("invalid: 9999 errors, 0 warnings, 0 infos in 0 records; partial:"),
        r::toString);
  }

  @Test
  void twentyMegabyteJsonLinesLine() throws IOException {
    String header = "{\"type\":\"feed\",\"schemaVersion\":\"1.0\",\"producer\":\"test\",\"createdAt\":\"2020-10-05T00:00:00Z\"}\n";
    Path file =
        writeRepeated(
            "long-line.jsonl",
            header + "{\"type\":\"actor\",\"id\":\"act-x\",\"kind\":\"state\",\"name\":\"",
            'x',
            20L << 20,
            "\"}\n{\"type\":\"actor\",\"id\":\"act-arm\",\"kind\":\"state\",\"name\":\"Armenia\",\"country\":\"ter-arm\"}\n");
    Matcher m = assertRejected(file, "limit_exceeded").get(0);
    assertEquals("2", m.group("line"));
    Run r = validate(file);
    assertTrue(
        r.out().contains(file + ":3 error unresolved_reference /country "),
        "the line after the long one is validated\n" + r);
  }

  @Test
  void nulBytes() {
    byte[] bytes = (VALID.substring(0, VALID.length() - 1) + ",\"description\":\"a\u0000b\"}")
        .getBytes(StandardCharsets.UTF_8);
    Matcher m = assertRejected(write("nul.json", bytes), "syntax").get(0);
    assertEquals("1", m.group("line"));

    byte[] between = (HEADER + ",\u0000\"description\":\"x\"}").getBytes(StandardCharsets.UTF_8);
    assertRejected(write("nul-between.json", between), "syntax");

    byte[] zeros = new byte[4096];
    assertRejected(write("zeros.json", zeros), "encoding");
  }

  @Test
  void aValidInputExitsZeroInTheSameSetUp() {
    // the harness runs the command for real: exit 1 above is the command's verdict
    Run r = validate(write("small.json", VALID));
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.millis() < 10_000, r::toString);
  }
}
