package dev.casus.jackson.ser;

import dev.casus.core.source.Source;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link Source}: {@code id}, {@code kind}, {@code title}?, {@code publisher}?, {@code byline}?, {@code author}?, {@code url}?, {@code published}?, {@code partOf}?, {@code externalIds}?, {@code x-*}?. */
public final class SourceSerializer extends StdSerializer<Source> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final SourceSerializer INSTANCE = new SourceSerializer();

  private static final SerializableString ID = Write.name("id");
  private static final SerializableString KIND = Write.name("kind");
  private static final SerializableString TITLE = Write.name("title");
  private static final SerializableString PUBLISHER = Write.name("publisher");
  private static final SerializableString BYLINE = Write.name("byline");
  private static final SerializableString AUTHOR = Write.name("author");
  private static final SerializableString URL = Write.name("url");
  private static final SerializableString PUBLISHED = Write.name("published");
  private static final SerializableString PART_OF = Write.name("partOf");
  private static final SerializableString EXTERNAL_IDS = Write.name("externalIds");

  private SourceSerializer() {
    super(Source.class);
  }

  @Override
  public void serialize(Source value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write(value, g);
  }

  /**
   * Writes the entity as a JSON object.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void write(Source v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    members(v, g);
    g.writeEndObject();
  }

  /**
   * Writes the entity's members, in wire order, into an object already started.
   *
   * @param v the entity
   * @param g the generator
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an extension value is not one JSON value
   */
  public static void members(Source v, JsonGenerator g) throws IOException {
    Write.id(g, ID, v.id());
    Write.code(g, KIND, v.kind());
    Write.string(g, TITLE, v.title());
    Write.string(g, PUBLISHER, v.publisher());
    Write.string(g, BYLINE, v.byline());
    Write.id(g, AUTHOR, v.author());
    if (v.url().isPresent()) {
      Write.string(g, URL, v.url().get().toString());
    }
    Write.time(g, PUBLISHED, v.published());
    Write.id(g, PART_OF, v.partOf());
    Write.array(g, EXTERNAL_IDS, v.externalIds(), ExternalIdSerializer::write);
    ExtensionWriter.write(g, v.extensions(), "Source", v.id());
  }
}
