package dev.casus.interop.acled;

import dev.casus.core.feed.Feed;
import dev.casus.interop.support.FeedImport;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a whole ACLED file into one {@link Feed}: a convenience for files that fit in memory. For
 * large files stream with {@link AcledReader} instead.
 */
public final class AcledImport {

  /** The producer named in feeds made by {@link #toFeed(Reader)}. */
  public static final String PRODUCER = "casus-interop ACLED import";

  private AcledImport() {}

  /**
   * Reads every row of an ACLED file into a feed created now.
   *
   * @param in the CSV text
   * @return the feed and the rows that could not be converted
   * @throws IOException if the text cannot be read or is not an ACLED file
   */
  public static AcledImportResult toFeed(Reader in) throws IOException {
    return toFeed(in, PRODUCER, Instant.now());
  }

  /**
   * Reads every row of an ACLED file into a feed with this producer and creation time. A second
   * row with an {@code event_id_cnty} already read is reported as an error and skipped, since a
   * feed holds each id once.
   *
   * @param in the CSV text
   * @param producer the feed's producer
   * @param createdAt the feed's creation time
   * @return the feed and the rows that could not be converted
   * @throws IOException if the text cannot be read or is not an ACLED file
   */
  public static AcledImportResult toFeed(Reader in, String producer, Instant createdAt)
      throws IOException {
    List<AcledRowError> errors = new ArrayList<>();
    Feed feed;
    try (AcledReader reader = AcledReader.open(in, errors::add)) {
      feed =
          FeedImport.readAll(
              reader,
              Feed.builder().producer(producer).createdAt(createdAt),
              "event_id_cnty",
              AcledConverter.INCIDENT_PREFIX,
              AcledRowError::new,
              errors::add);
    }
    errors.sort(Comparator.comparingLong(AcledRowError::row));
    return new AcledImportResult(feed, errors);
  }
}
