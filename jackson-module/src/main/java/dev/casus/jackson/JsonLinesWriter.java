package dev.casus.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.casus.core.actor.Actor;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.territory.Territory;
import dev.casus.jackson.ser.ActorSerializer;
import dev.casus.jackson.ser.CasualtyReportSerializer;
import dev.casus.jackson.ser.ExtensionWriter;
import dev.casus.jackson.ser.FeedHeaderSerializer;
import dev.casus.jackson.ser.IncidentSerializer;
import dev.casus.jackson.ser.SourceSerializer;
import dev.casus.jackson.ser.StatementSerializer;
import dev.casus.jackson.ser.TerritorySerializer;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a JSON Lines feed: one compact record per line, each ending with {@code \n}, each with
 * its {@code record} member first; the feed header, if written, comes first. Output is buffered:
 * {@link #flush()} pushes it to the stream, {@link #close()} flushes and closes the stream. Not
 * thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

  private static final SerializableString RECORD = new SerializedString(JsonLinesReader.RECORD);

  private final JsonGenerator g;
  private long written;

  JsonLinesWriter(JsonGenerator g) {
    this.g = g;
    g.setRootValueSeparator(null);
  }

  /**
   * Writes the feed header; it must be the first record.
   *
   * @param header the header
   * @return this writer
   * @throws IllegalStateException if a record was already written
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if the stream fails
   */
  public JsonLinesWriter writeHeader(FeedHeader header) {
    if (written > 0) {
      throw new IllegalStateException(
          "JsonLinesWriter: the feed header must be the first record, but "
              + written
              + " records were already written");
    }
    ExtensionWriter.check("feed header", header.extensions());
    try {
      start("feed");
      FeedHeaderSerializer.members(header, g);
      end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes one entity record.
   *
   * @param entity the entity
   * @return this writer
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if the stream fails
   */
  public JsonLinesWriter write(Entity entity) {
    ExtensionWriter.check(entity.entityKind().wireName() + " " + entity.id(), entity.extensions());
    try {
      start(entity.entityKind().wireName());
      if (entity instanceof Source) {
        SourceSerializer.members((Source) entity, g);
      } else if (entity instanceof Actor) {
        ActorSerializer.members((Actor) entity, g);
      } else if (entity instanceof Territory) {
        TerritorySerializer.members((Territory) entity, g);
      } else if (entity instanceof Incident) {
        IncidentSerializer.members((Incident) entity, g);
      } else if (entity instanceof Statement) {
        StatementSerializer.members((Statement) entity, g);
      } else if (entity instanceof CasualtyReport) {
        CasualtyReportSerializer.members((CasualtyReport) entity, g);
      } else {
        throw new IllegalArgumentException("not a Casus entity: " + entity.getClass().getName());
      }
      end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes a whole feed: the header, then the sources, actors, territories, incidents, statements
   * and casualty reports in feed order.
   *
   * @param feed the feed
   * @return this writer
   * @throws IllegalStateException if a record was already written
   * @throws IllegalArgumentException if an extension value is not one JSON value
   * @throws UncheckedIOException if the stream fails
   */
  public JsonLinesWriter writeFeed(Feed feed) {
    writeHeader(feed.header());
    feed.sources().forEach(this::write);
    feed.actors().forEach(this::write);
    feed.territories().forEach(this::write);
    feed.incidents().forEach(this::write);
    feed.statements().forEach(this::write);
    feed.casualtyReports().forEach(this::write);
    return this;
  }

  /**
   * How many records were written.
   *
   * @return the count
   */
  public long written() {
    return written;
  }

  /**
   * Pushes buffered output to the stream and flushes it.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void flush() {
    try {
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Flushes and closes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    g.close();
  }

  private void start(String kind) throws IOException {
    g.writeStartObject();
    g.writeFieldName(RECORD);
    g.writeString(kind);
  }

  private void end() throws IOException {
    g.writeEndObject();
    g.writeRaw('\n');
    written++;
  }
}
