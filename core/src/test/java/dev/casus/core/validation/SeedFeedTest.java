package dev.casus.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.feed.Feed;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedFeedTest {

  @Test
  void theSeedArticleAsAFeedHasNoFindings() {
    Feed feed = SeedFeed.feed();
    ValidationReport report = ModelValidator.validate(feed);
    assertEquals(List.of(), report.findings());
    assertTrue(report.isValid());
    assertFalse(report.isPartial());
    assertEquals(feed.entityCount(), report.recordsRead());
    assertEquals(
        "valid: 0 errors, 0 warnings, 0 infos in " + feed.entityCount() + " records",
        report.summary());
  }
}
