package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.source.ImmutableSource;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Source}: {@code id}, {@code kind}, {@code title}?, {@code publisher}?, {@code
 * byline}?, {@code author}?, {@code url}?, {@code published}?, {@code partOf}?, {@code
 * externalIds}?, {@code x-*}?.
 */
public final class SourceDeserializer extends CasusDeserializer<Source> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final SourceDeserializer INSTANCE = new SourceDeserializer();

  private static final String WHAT = "a source";
  private static final String MEMBERS =
      "id, kind, title, publisher, byline, author, url, published, partOf, externalIds";
  private static final int ID = 1;
  private static final int KIND = 1 << 1;
  private static final int TITLE = 1 << 2;
  private static final int PUBLISHER = 1 << 3;
  private static final int BYLINE = 1 << 4;
  private static final int AUTHOR = 1 << 5;
  private static final int URL = 1 << 6;
  private static final int PUBLISHED = 1 << 7;
  private static final int PART_OF = 1 << 8;
  private static final int EXTERNAL_IDS = 1 << 9;

  private SourceDeserializer() {
    super(Source.class);
  }

  @Override
  public @Nullable Source decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a source at the current token.
   *
   * @param c the context
   * @return the source, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Source read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of a source whose object level is open, up to its end.
   *
   * @param c the context
   * @return the source, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Source members(ReadContext c) throws IOException {
    ImmutableSource.Builder b = Source.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            SourceId v = Ids.source(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "kind":
          if (c.first(KIND)) {
            SourceKind v = CodeLists.SOURCE_KIND.read(c);
            if (v != null) {
              b.kind(v);
            }
          }
          break;
        case "title":
          if (c.first(TITLE)) {
            String v = Scalars.text(c, "Source", "title");
            if (v != null) {
              b.title(v);
            }
          }
          break;
        case "publisher":
          if (c.first(PUBLISHER)) {
            String v = Scalars.text(c, "Source", "publisher");
            if (v != null) {
              b.publisher(v);
            }
          }
          break;
        case "byline":
          if (c.first(BYLINE)) {
            String v = Scalars.text(c, "Source", "byline");
            if (v != null) {
              b.byline(v);
            }
          }
          break;
        case "author":
          if (c.first(AUTHOR)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.author(v);
            }
          }
          break;
        case "url":
          if (c.first(URL)) {
            URI v = Scalars.absoluteUri(c, "Source.url");
            if (v != null) {
              b.url(v);
            }
          }
          break;
        case "published":
          if (c.first(PUBLISHED)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.published(v);
            }
          }
          break;
        case "partOf":
          if (c.first(PART_OF)) {
            SourceId v = Ids.source(c);
            if (v != null) {
              b.partOf(v);
            }
          }
          break;
        case "externalIds":
          if (c.first(EXTERNAL_IDS)) {
            Lists.read(
                c, "an array of external ids", ExternalIdDeserializer::read, b::addExternalId);
          }
          break;
        default:
          extensions = ExtensionReader.memberOrUnknown(c, m, extensions, WHAT, MEMBERS);
      }
    }
    c.require(ID, "id", WHAT);
    c.require(KIND, "kind", WHAT);
    if (extensions != null) {
      b.putAllExtensions(extensions);
    }
    return Build.finish(c, b::build);
  }
}
