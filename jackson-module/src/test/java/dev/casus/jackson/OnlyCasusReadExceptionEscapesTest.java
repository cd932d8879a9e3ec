package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.casus.core.feed.Feed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, a read either returns or throws {@link CasusReadException}; a collecting
 * read never throws; a JSON Lines reader reports every bad line to its handler. (A deterministic
 * forerunner of the fuzz tests.)
 */
class OnlyCasusReadExceptionEscapesTest extends CasusJsonTestBase {

  private static final byte[] VALID = CasusJson.strict().writeFeedBytes(Fixtures.feed());
  private static final byte[] ALPHABET =
      "{}[]:,\\\"'0123456789.eE+-truefalsnul x-/\u00e9\n\r\t".getBytes(StandardCharsets.UTF_8);

  private void readAnyway(byte[] input) {
    try {
      Feed feed = json.readFeed(input);
      assertEquals(feed, json.readFeed(json.writeFeed(feed)));
    } catch (CasusReadException expected) {
      assertFalse(expected.findings().isEmpty());
    }
    ReadResult<Feed> r = json.readFeedCollecting(input);
    if (r.findings().isEmpty()) {
      assertEquals(r.value(), java.util.Optional.of(json.readFeed(input)));
    }
  }

  @Test
  void everyTruncationOfAValidDocument() {
    for (int n = 0; n < VALID.length; n++) {
      readAnyway(Arrays.copyOf(VALID, n));
    }
  }

  @Test
  void randomEditsWithJsonCharacters() {
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      byte[] b = VALID.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        int at = random.nextInt(b.length);
        b[at] = random.nextBoolean() ? ALPHABET[random.nextInt(ALPHABET.length)] : (byte) random.nextInt(256);
      }
      readAnyway(b);
    }
  }

  @Test
  void randomShortInputs() {
    Random random = new Random(11);
    for (int i = 0; i < 3000; i++) {
      byte[] b = new byte[random.nextInt(24)];
      for (int k = 0; k < b.length; k++) {
        b[k] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      readAnyway(b);
    }
  }

  @Test
  void jsonLinesReaderReportsEveryBadLineAndNothingElse() {
    Random random = new Random(13);
    ByteArrayInputStream in;
    for (int i = 0; i < 300; i++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      json.jsonLinesWriter(out).writeFeed(Fixtures.feed()).flush();
      byte[] b = out.toByteArray();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        int at = random.nextInt(b.length);
        b[at] = random.nextBoolean() ? ALPHABET[random.nextInt(ALPHABET.length)] : (byte) random.nextInt(256);
      }
      List<CasusReadException> bad = new ArrayList<>();
      in = new ByteArrayInputStream(b);
      long records = 0;
      try (JsonLinesReader r = json.jsonLinesReader(in, bad::add)) {
        while (r.hasNext()) {
          r.next();
          records++;
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      long lines = 1;
      for (byte x : b) {
        if (x == '\n') {
          lines++;
        }
      }
      // each non-blank line is a record or a reported bad line (unless a zero-byte start stopped it)
      if (bad.stream().noneMatch(e -> e.getMessage().contains("not read further"))) {
        assertEquals(nonBlankLines(b), records + bad.size(), new String(b, StandardCharsets.UTF_8));
      }
      assertFalse(records + bad.size() > lines);
    }
  }

  private static long nonBlankLines(byte[] b) {
    long count = 0;
    boolean content = false;
    for (byte x : b) {
      if (x == '\n') {
        count += content ? 1 : 0;
        content = false;
      } else if (x != ' ' && x != '\t' && x != '\r') {
        content = true;
      }
    }
    return count + (content ? 1 : 0);
  }
}
