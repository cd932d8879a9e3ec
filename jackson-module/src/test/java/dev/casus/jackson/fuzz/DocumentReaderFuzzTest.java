package dev.casus.jackson.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.casus.core.feed.Feed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.FeedValidator;
import dev.casus.jackson.ReadResult;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes the feed document reader. Whatever the bytes: a strict read returns a feed or throws
 * {@link CasusReadException} (anything else escaping is a bug); a collecting read never throws
 * and reports an error exactly when the strict read fails; a feed that was read writes back to a
 * document that reads as an equal feed, in the same canonical bytes. Validation never throws
 * either, and places every finding in a document that reads.
 *
 * <p>Without {@code JAZZER_FUZZ=1} this replays the committed corpus in {@code
 * src/test/resources/dev/casus/jackson/fuzz/DocumentReaderFuzzTestInputs/}: valid documents and
 * one of each kind of broken input (truncated, BOM, UTF-16, deep nesting, huge numbers, duplicate
 * members, ...).
 */
class DocumentReaderFuzzTest {

  private static final CasusJson JSON = CasusJson.strict();
  private static final FeedValidator VALIDATOR = FeedValidator.create(ValidationProfile.strict());

  @FuzzTest(maxDuration = "5m")
  void onlyCasusReadExceptionEscapes(byte[] input) {
    Feed feed = strictRead(input);
    ReadResult<Feed> collected = collectingRead(input);
    ValidationReport report = validate(input);
    if (feed != null) {
      // a document that reads is placed whole: every finding of the model checks gets a place
      for (Finding f : report.findings()) {
        assertTrue(f.line().isPresent() && f.column().isPresent(), () -> "no place: " + f);
      }
    }

    if (feed == null) {
      assertTrue(collected.hasErrors(), "the strict read failed, the collecting read found no error");
      return;
    }
    assertFalse(collected.hasErrors(), () -> "the strict read succeeded, collecting found " + collected);
    assertEquals(Optional.of(feed), collected.value());
    byte[] written = JSON.writeFeedBytes(feed);
    Feed again = JSON.readFeed(written);
    assertEquals(feed, again);
    assertArrayEquals(written, JSON.writeFeedBytes(again), "writing is canonical");
  }

  /** The feed, or null if the strict read threw {@link CasusReadException}. */
  private static @Nullable Feed strictRead(byte[] input) {
    try {
      return JSON.readFeed(input);
    } catch (CasusReadException e) {
      assertFalse(e.findings().isEmpty());
      for (Finding f : e.findings()) {
        assertTrue(f.line().orElse(1) >= 1 && f.column().orElse(1) >= 1, f::toString);
      }
      return null;
    }
  }

  /** A validation; it must not throw at all. */
  private static ValidationReport validate(byte[] input) {
    try {
      return VALIDATOR.validateDocument(new ByteArrayInputStream(input));
    } catch (Throwable t) {
      throw new AssertionError("validateDocument threw for bad data: " + t, t);
    }
  }

  /** A collecting read; it must not throw at all. */
  private static ReadResult<Feed> collectingRead(byte[] input) {
    try {
      return JSON.readFeedCollecting(input);
    } catch (Throwable t) {
      throw new AssertionError("readFeedCollecting threw for bad data: " + t, t);
    }
  }
}
