package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.feed.FeedMetadata;
import java.io.IOException;

/**
 * Writes a {@link FeedHeader}: {@code schemaVersion}, {@code producer}, {@code createdAt}, {@code
 * description}?, {@code partial} (only when true), {@code x-*}?.
 */
public final class FeedHeaderSerializer extends StdSerializer<FeedHeader> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final FeedHeaderSerializer INSTANCE = new FeedHeaderSerializer();

  private static final SerializableString SCHEMA_VERSION = Write.name("schemaVersion");
  private static final SerializableString PRODUCER = Write.name("producer");
  private static final SerializableString CREATED_AT = Write.name("createdAt");
  private static final SerializableString DESCRIPTION = Write.name("description");
  private static final SerializableString PARTIAL = Write.name("partial");

  private FeedHeaderSerializer() {
    super(FeedHeader.class);
  }

  @Override
  public void serialize(FeedHeader value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes the header as a JSON object.
   *
   * @param v the header
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void write(FeedHeader v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    members(v, g);
    g.writeEndObject();
  }

  /**
   * Writes the header's members, extensions last, into an object already started.
   *
   * @param v the header
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void members(FeedHeader v, JsonGenerator g) throws IOException {
    metadata(v, g);
    ExtensionWriter.write(g, v.extensions(), "feed header");
  }

  /** Writes the members a feed and its header share, without the extensions. */
  static void metadata(FeedMetadata v, JsonGenerator g) throws IOException {
    Write.string(g, SCHEMA_VERSION, v.schemaVersion());
    Write.string(g, PRODUCER, v.producer());
    Write.string(g, CREATED_AT, v.createdAt().toString());
    Write.string(g, DESCRIPTION, v.description());
    if (v.partial()) {
      g.writeFieldName(PARTIAL);
      g.writeBoolean(true);
    }
  }
}
