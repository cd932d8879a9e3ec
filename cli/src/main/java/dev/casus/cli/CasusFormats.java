package dev.casus.cli;

import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.Severity;
import dev.casus.jackson.CasusJson;
import dev.casus.jackson.CasusReadException;
import dev.casus.jackson.JsonLinesReader;
import dev.casus.jackson.JsonLinesRecord;
import dev.casus.jackson.JsonLinesWriter;
import dev.casus.jackson.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/** Reading and writing Casus documents and JSON Lines for {@code casus convert}. */
final class CasusFormats {

  private static final CasusJson JSON = Heap.json();

  private CasusFormats() {}

  static JsonLinesWriter jsonLinesWriter(OutputStream out) {
    return JSON.jsonLinesWriter(out);
  }

  static FeedHeader header(String producer, boolean partial) {
    return FeedHeader.builder()
        .producer(producer)
        .createdAt(Instant.now().truncatedTo(ChronoUnit.SECONDS))
        .partial(partial)
        .build();
  }

  static void writeFeed(Feed feed, OutputStream out) {
    JSON.writeFeed(feed, out);
  }

  /**
   * The entities of a Casus input: JSON Lines (by the name's extension) streamed record by
   * record, bad lines reported and skipped; or a document read whole, every problem reported.
   */
  static ConvertCommand.EntitySource entities(
      String name, InputStream in, ConvertCommand.RowCounts counts, PrintWriter err) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return lines(name, in, counts, err);
    }
    ReadResult<Feed> read = JSON.readFeedCollecting(in);
    for (Finding f : read.findings()) {
      err.println("casus convert: " + name + ": " + CasusReadException.describe(f));
      if (f.severity() == Severity.ERROR) {
        counts.rejected++;
      }
    }
    List<Entity> entities = new ArrayList<>();
    read.value()
        .ifPresent(
            feed -> {
              entities.addAll(feed.sources());
              entities.addAll(feed.actors());
              entities.addAll(feed.territories());
              entities.addAll(feed.incidents());
              entities.addAll(feed.statements());
              entities.addAll(feed.casualtyReports());
            });
    counts.read = entities.size() + counts.rejected;
    Iterator<Entity> it = entities.iterator();
    return new ConvertCommand.EntitySource() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Entity next() {
        return it.next();
      }

      @Override
      boolean partialHint() {
        return read.value().map(Feed::partial).orElse(false);
      }

      @Override
      public void close() {}
    };
  }

  private static ConvertCommand.EntitySource lines(
      String name, InputStream in, ConvertCommand.RowCounts counts, PrintWriter err) {
    JsonLinesReader reader =
        JSON.jsonLinesReader(
            in,
            (CasusReadException bad) -> {
              counts.read++;
              counts.rejected++;
              err.println("casus convert: " + name + ": " + bad.getMessage());
            });
    return new ConvertCommand.EntitySource() {
      private @Nullable Entity next;
      private boolean partial;

      @Override
      public boolean hasNext() {
        while (next == null && reader.hasNext()) {
          JsonLinesRecord r = reader.next();
          if (r.header().isPresent()) {
            partial = r.header().get().partial();
          } else {
            counts.read++;
            next = r.entity().orElseThrow();
          }
        }
        return next != null;
      }

      @Override
      public Entity next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entity e = next;
        next = null;
        if (e == null) {
          throw new NoSuchElementException();
        }
        return e;
      }

      @Override
      boolean partialHint() {
        return partial;
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }
}
