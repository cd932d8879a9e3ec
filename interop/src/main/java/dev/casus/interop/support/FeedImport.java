package dev.casus.interop.support;

import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a whole CSV event file into one {@link Feed}, the in-memory import shared by the ACLED and
 * UCDP GED formats. A feed holds each incident id once, so a second row with an event id already
 * read is reported as an error and skipped together with its casualty reports.
 */
public final class FeedImport {

  private FeedImport() {}

  /**
   * Reads every entity of {@code reader} into a feed, skipping repeated events.
   *
   * @param <E> the format's row error type
   * @param reader the reader, before its first row; not closed here
   * @param feed a feed builder with producer and creation time set
   * @param idColumn the column holding the event id, named in the error for a repeated event
   * @param incidentPrefix what the format puts before the event id to make the incident id
   * @param errors makes the error for a repeated event
   * @param onError receives the errors for repeated events
   * @return the feed
   * @throws java.io.UncheckedIOException if the text cannot be read or is not well-formed CSV
   */
  public static <E> Feed readAll(
      CsvEntityReader reader,
      ImmutableFeed.Builder feed,
      String idColumn,
      String incidentPrefix,
      RowErrorFactory<E> errors,
      Consumer<? super E> onError) {
    FeedCollector collector = new FeedCollector(feed);
    Map<IncidentId, Long> rows = new HashMap<>();
    boolean skipReport = false;
    while (reader.hasNext()) {
      Entity entity = reader.next();
      if (entity instanceof Incident incident) {
        Long first = rows.putIfAbsent(incident.id(), reader.currentRow());
        skipReport = first != null;
        if (skipReport) {
          String eventId = incident.id().value().substring(incidentPrefix.length());
          onError.accept(
              errors.create(
                  reader.currentRow(),
                  reader.currentLine(),
                  idColumn,
                  "event " + eventId + " was already read in row " + first,
                  eventId));
          continue;
        }
      } else if (entity instanceof CasualtyReport && skipReport) {
        continue;
      }
      collector.add(entity);
    }
    return collector.build();
  }
}
