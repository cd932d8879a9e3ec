package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reader limits: over-deep, over-long input is a limit_exceeded finding, not a crash or a hang. */
class LimitsTest extends CasusJsonTestBase {

  @Test
  void tenThousandOpenBracketsInAnExtensionIsLimitExceeded() {
    String doc = feedWithIncident(INCIDENT + ",'x-deep':" + "[".repeat(10_000));
    CasusReadException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readFails(doc));
    Finding f = e.finding();
    assertEquals(FindingCode.LIMIT_EXCEEDED, f.code());
    assertEquals(5, f.line().getAsLong());
    assertMessageContains(f, "nesting depth");
    assertFalse(f.message().contains("StreamReadConstraints"), f.message());
  }

  @Test
  void tenThousandOpenBracketsInASkippedMemberIsLimitExceeded() {
    String doc = feedWithIncident(INCIDENT + ",'deep':" + "[".repeat(10_000));
    CasusJson lenient = CasusJson.lenient(w -> {});
    CasusReadException e =
        assertThrows(CasusReadException.class, () -> lenient.readFeed(doc));
    assertEquals(FindingCode.LIMIT_EXCEEDED, e.finding().code());
  }

  @Test
  void tenThousandOpenBracketsAtTheRootIsWrongTypeNotAStackOverflow() {
    assertEquals(FindingCode.WRONG_TYPE, readFails("[".repeat(10_000)).finding().code());
    ReadResult<?> r = json.readFeedCollecting("[".repeat(10_000));
    assertEquals(FindingCode.WRONG_TYPE, r.findings().get(0).code());
  }

  @Test
  void stringOfTwoMillionCharactersIsLimitExceeded() {
    String doc = feedWithIncident(INCIDENT + ",'summary':'" + "a".repeat(2_000_000) + "'");
    Finding f = readFails(doc).finding();
    assertEquals(FindingCode.LIMIT_EXCEEDED, f.code());
    assertEquals("/incidents/0/summary", f.pointer());
  }

  @Test
  void textOverTheModelLimitIsBrokenInvariant() {
    String doc = feedWithIncident(INCIDENT + ",'summary':'" + "a".repeat(100_001) + "'");
    Finding f = readFails(doc).finding();
    assertEquals(FindingCode.BROKEN_INVARIANT, f.code());
    assertEquals("/incidents/0/summary", f.pointer());
    assertMessageContains(f, "Incident.summary must be at most 100000 characters");
  }

  @Test
  void memberNameOfTwoThousandCharactersIsLimitExceeded() {
    String doc = feedWithIncident(INCIDENT + ",'" + "n".repeat(2000) + "':1");
    assertEquals(FindingCode.LIMIT_EXCEEDED, readFails(doc).finding().code());
  }

  @Test
  void numberOfTwoHundredDigitsIsLimitExceeded() {
    String doc =
        feedWith("territories", "'id':'t','kind':'city','name':'G','population':" + "9".repeat(200));
    assertEquals(FindingCode.LIMIT_EXCEEDED, readFails(doc).finding().code());
  }

  @Test
  void documentOverTheConfiguredLengthIsLimitExceeded() {
    CasusJson small = CasusJson.builder().maxDocumentLength(100).build();
    String doc = json.writeFeed(Fixtures.feed());
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    for (var read :
        java.util.List.<Runnable>of(
            () -> small.readFeed(doc),
            () -> small.readFeed(bytes),
            () -> small.readFeed(new ByteArrayInputStream(bytes)))) {
      CasusReadException e = assertThrows(CasusReadException.class, read::run);
      assertEquals(FindingCode.LIMIT_EXCEEDED, e.finding().code());
      assertMessageContains(e.finding(), "limit of 100 bytes");
    }
    ReadResult<?> r = small.readFeedCollecting(new ByteArrayInputStream(bytes));
    assertEquals(FindingCode.LIMIT_EXCEEDED, r.findings().get(0).code());
  }

  @Test
  void documentExactlyAtTheLimitIsRead() {
    String doc = json.writeFeed(Fixtures.emptyFeed());
    int length = doc.getBytes(StandardCharsets.UTF_8).length;
    CasusJson exact = CasusJson.builder().maxDocumentLength(length).build();
    assertEquals(
        Fixtures.emptyFeed(),
        exact.readFeed(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))));
  }
}
