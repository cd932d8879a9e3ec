package dev.casus.interop.acled;

import dev.casus.core.feed.Feed;
import java.util.List;

/**
 * What {@link AcledImport#toFeed} read: the feed of every row that converted, and the rows that
 * did not.
 *
 * @param feed the feed
 * @param errors every row that was skipped, in file order
 */
public record AcledImportResult(Feed feed, List<AcledRowError> errors) {

  /**
   * Copies the error list.
   *
   * @param feed the feed
   * @param errors the skipped rows
   */
  public AcledImportResult {
    errors = List.copyOf(errors);
  }
}
