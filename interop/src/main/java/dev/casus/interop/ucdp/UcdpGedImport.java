package dev.casus.interop.ucdp;

import dev.casus.core.feed.Feed;
import dev.casus.interop.support.FeedImport;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a whole GED file into one {@link Feed}: a convenience for files that fit in memory. For
 * large files stream with {@link UcdpGedReader} instead.
 */
public final class UcdpGedImport {

  /** The producer named in feeds made by {@link #toFeed(Reader)}. */
  public static final String PRODUCER = "casus-interop UCDP GED import";

  private UcdpGedImport() {}

  /**
   * Reads every row of a UCDP GED file into a feed created now.
   *
   * @param in the CSV text
   * @return the feed and the rows that could not be converted
   * @throws IOException if the text cannot be read or is not a UCDP GED file
   */
  public static UcdpGedImportResult toFeed(Reader in) throws IOException {
    return toFeed(in, PRODUCER, Instant.now());
  }

  /**
   * Reads every row of a UCDP GED file into a feed with this producer and creation time. A second
   * row with an {@code id} already read is reported as an error and skipped, since a
   * feed holds each id once.
   *
   * @param in the CSV text
   * @param producer the feed's producer
   * @param createdAt the feed's creation time
   * @return the feed and the rows that could not be converted
   * @throws IOException if the text cannot be read or is not a UCDP GED file
   */
  public static UcdpGedImportResult toFeed(Reader in, String producer, Instant createdAt)
      throws IOException {
    List<UcdpRowError> errors = new ArrayList<>();
    Feed feed;
    try (UcdpGedReader reader = UcdpGedReader.open(in, errors::add)) {
      feed =
          FeedImport.readAll(
              reader,
              Feed.builder().producer(producer).createdAt(createdAt),
              "id",
              UcdpConverter.INCIDENT_PREFIX,
              UcdpRowError::new,
              errors::add);
    }
    errors.sort(Comparator.comparingLong(UcdpRowError::row));
    return new UcdpGedImportResult(feed, errors);
  }
}
