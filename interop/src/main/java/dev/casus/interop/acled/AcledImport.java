package dev.casus.interop.acled;

import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.interop.support.FeedCollector;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    FeedCollector feed =
        new FeedCollector(Feed.builder().producer(producer).createdAt(createdAt));
    Map<IncidentId, Long> rows = new HashMap<>();
    try (AcledReader reader = AcledReader.open(in, errors::add)) {
      boolean skipReport = false;
      while (reader.hasNext()) {
        Entity entity = reader.next();
        if (entity instanceof Incident incident) {
          Long first = rows.putIfAbsent(incident.id(), reader.currentRow());
          skipReport = first != null;
          if (skipReport) {
            String eventId = incident.id().value().substring(AcledConverter.INCIDENT_PREFIX.length());
            errors.add(
                new AcledRowError(
                    reader.currentRow(),
                    reader.currentLine(),
                    "event_id_cnty",
                    "event " + eventId + " was already read in row " + first,
                    eventId));
            continue;
          }
        } else if (entity instanceof CasualtyReport && skipReport) {
          continue;
        }
        feed.add(entity);
      }
    }
    errors.sort((a, b) -> Long.compare(a.row(), b.row()));
    return new AcledImportResult(feed.build(), errors);
  }
}
