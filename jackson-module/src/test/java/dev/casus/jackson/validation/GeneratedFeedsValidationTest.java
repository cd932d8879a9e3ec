package dev.casus.jackson.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.FeedValidator;
import dev.casus.jackson.JsonLinesWriter;
import dev.casus.testing.CasusGenerators;
import dev.casus.testing.FeedSize;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Generated feeds are consistent and plausible by construction (every reference resolves, no
 * cycle, nothing dated before its incident or after the feed): validating them finds nothing, as a
 * document, as JSON Lines and in memory. Their values sit at the edges the generators aim for (ids
 * of 256 characters, counts of 2^53-1, every EDTF form, names in several scripts, extensions).
 */
class GeneratedFeedsValidationTest {

  private static final CasusJson JSON = CasusJson.strict();
  private static final FeedValidator STRICT = FeedValidator.create(ValidationProfile.strict());

  private static int seeds(FeedSize size) {
    switch (size) {
      case TINY:
        return 40;
      case SMALL:
        return 20;
      case MEDIUM:
        return 5;
      default:
        return 2;
    }
  }

  @ParameterizedTest
  @EnumSource(FeedSize.class)
  void generatedFeedsHaveNoFindingsThroughEveryPath(FeedSize size) {
    for (long seed = 1; seed <= seeds(size); seed++) {
      Feed feed = CasusGenerators.withSeed(seed).feed(size);
      long entities = feed.sources().size() + feed.actors().size() + feed.territories().size()
          + feed.incidents().size() + feed.statements().size() + feed.casualtyReports().size();
      String where = size + " seed " + seed;

      ValidationReport document = STRICT.validateDocument(JSON.writeFeed(feed));
      assertNoFindings(document, where + " as a document");
      assertEquals(entities, document.recordsRead(), where);

      ValidationReport lines = STRICT.validateJsonLines(new ByteArrayInputStream(jsonLines(feed)));
      assertNoFindings(lines, where + " as JSON Lines");
      assertEquals(entities, lines.recordsRead(), where);

      assertNoFindings(STRICT.validate(feed), where + " in memory");
    }
  }

  private static byte[] jsonLines(Feed feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter writer = JSON.jsonLinesWriter(out)) {
      writer.writeFeed(feed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void assertNoFindings(ValidationReport report, String where) {
    assertTrue(
        report.findings().isEmpty(),
        () ->
            where
                + ": "
                + report.toString().lines().limit(6).collect(Collectors.joining("\n")));
    assertTrue(report.isValid(), where);
  }
}
