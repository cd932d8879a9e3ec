package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.casus.core.actor.Actor;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.territory.Territory;
import java.io.IOException;

/**
 * Writes a {@link Feed} document: the header members, the six entity arrays (always, even when
 * empty), then {@code x-*} extensions.
 */
public final class FeedSerializer extends StdSerializer<Feed> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final FeedSerializer INSTANCE = new FeedSerializer();

  private static final SerializableString SOURCES = Write.name("sources");
  private static final SerializableString ACTORS = Write.name("actors");
  private static final SerializableString TERRITORIES = Write.name("territories");
  private static final SerializableString INCIDENTS = Write.name("incidents");
  private static final SerializableString STATEMENTS = Write.name("statements");
  private static final SerializableString CASUALTY_REPORTS = Write.name("casualtyReports");

  private FeedSerializer() {
    super(Feed.class);
  }

  @Override
  public void serialize(Feed value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes the feed as a JSON object.
   *
   * @param v the feed
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void write(Feed v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    FeedHeaderSerializer.metadata(v, g);
    Write.alwaysArray(g, SOURCES, v.sources(), SourceSerializer::write);
    Write.alwaysArray(g, ACTORS, v.actors(), ActorSerializer::write);
    Write.alwaysArray(g, TERRITORIES, v.territories(), TerritorySerializer::write);
    Write.alwaysArray(g, INCIDENTS, v.incidents(), IncidentSerializer::write);
    Write.alwaysArray(g, STATEMENTS, v.statements(), StatementSerializer::write);
    Write.alwaysArray(g, CASUALTY_REPORTS, v.casualtyReports(), CasualtyReportSerializer::write);
    ExtensionWriter.write(g, v.extensions(), "feed");
    g.writeEndObject();
  }

  /**
   * Checks every extension value of the feed and its entities before anything is written, so that
   * a bad one fails the write before any output.
   *
   * @param v the feed
   * @throws IllegalArgumentException naming the first bad extension
   */
  public static void checkExtensions(Feed v) {
    ExtensionWriter.check("feed", v.extensions());
    for (Source e : v.sources()) {
      ExtensionWriter.check("Source", e.id(), e.extensions());
    }
    for (Actor e : v.actors()) {
      ExtensionWriter.check("Actor", e.id(), e.extensions());
    }
    for (Territory e : v.territories()) {
      ExtensionWriter.check("Territory", e.id(), e.extensions());
    }
    for (Incident e : v.incidents()) {
      ExtensionWriter.check("Incident", e.id(), e.extensions());
    }
    for (Statement e : v.statements()) {
      ExtensionWriter.check("Statement", e.id(), e.extensions());
    }
    for (CasualtyReport e : v.casualtyReports()) {
      ExtensionWriter.check("CasualtyReport", e.id(), e.extensions());
    }
  }
}
