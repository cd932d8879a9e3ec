package dev.casus.interop.ucdp;

import dev.casus.core.feed.Feed;
import java.util.List;

/**
 * What {@link UcdpGedImport#toFeed} read: the feed of every row that converted, and the rows that
 * did not.
 *
 * @param feed the feed
 * @param errors every row that was skipped, in file order
 */
public record UcdpGedImportResult(Feed feed, List<UcdpRowError> errors) {

  /**
   * Copies the error list.
   *
   * @param feed the feed
   * @param errors the skipped rows
   */
  public UcdpGedImportResult {
    errors = List.copyOf(errors);
  }
}
