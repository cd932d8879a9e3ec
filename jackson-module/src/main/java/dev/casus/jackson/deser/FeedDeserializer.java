package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonLocation;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Feed} document: the header members, the six entity arrays and {@code x-*}
 * extensions, in any order. Two entities of one kind with the same id are a {@link
 * FindingCode#DUPLICATE_ID} at the second. In COLLECT mode a broken entity is left out and the
 * feed is still built; a broken header member leaves no feed.
 */
public final class FeedDeserializer extends CasusDeserializer<Feed> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final FeedDeserializer INSTANCE = new FeedDeserializer();

  private static final String WHAT = "a feed";
  private static final String MEMBERS =
      HeaderFields.MEMBERS
          + ", sources, actors, territories, incidents, statements, casualtyReports";
  private static final String EXPECTED = MEMBERS + ", or an x- extension member";
  private static final int SOURCES = 1 << 5;
  private static final int ACTORS = 1 << 6;
  private static final int TERRITORIES = 1 << 7;
  private static final int INCIDENTS = 1 << 8;
  private static final int STATEMENTS = 1 << 9;
  private static final int CASUALTY_REPORTS = 1 << 10;

  private FeedDeserializer() {
    super(Feed.class);
  }

  @Override
  public @Nullable Feed decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a feed at the current token.
   *
   * @param c the context
   * @return the feed, or null (COLLECT mode) if its header members are broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Feed read(ReadContext c) throws IOException {
    return read(c, EntityListener.NONE);
  }

  /**
   * Reads a feed at the current token, telling {@code listener} of every entity read, with the
   * array it stands in and its index there: the hook validation uses to place its findings. An
   * entity whose id an earlier entity of its kind has is reported as {@link
   * FindingCode#DUPLICATE_ID} and left out of the feed, but the listener is told of it too.
   *
   * @param c the context
   * @param listener told of every entity read
   * @return the feed, or null (COLLECT mode) if its header members are broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Feed read(ReadContext c, EntityListener listener) throws IOException {
    return read(c, listener, true);
  }

  /**
   * Reads a feed at the current token, handing every entity to {@code listener} instead of
   * keeping it: the feed returned holds the header members only. This is what validation needs,
   * which checks the entities one by one as they come (duplicate ids among them too): the feed's
   * lists are not built, nor are ids checked here.
   *
   * @param c the context
   * @param listener told of every entity read, duplicates too
   * @return the feed's header as a feed without entities, or null (COLLECT mode) if its header
   *     members are broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Feed readHeader(ReadContext c, EntityListener listener)
      throws IOException {
    return read(c, listener, false);
  }

  private static @Nullable Feed read(ReadContext c, EntityListener listener, boolean keep)
      throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    int errorsBefore = c.errorCount();
    int entityErrors = 0;
    HeaderFields h = new HeaderFields("Feed");
    ImmutableFeed.Builder b = Feed.builder();
    // sized for about one entity per 300 bytes, so that big feeds do not rehash as they grow
    IdTable ids =
        keep ? new IdTable(Math.max(64, Math.min(c.sourceLength() / 300, 1 << 22))) : null;
    String m;
    while ((m = c.nextMember()) != null) {
      int before = c.errorCount();
      switch (m) {
        case "sources":
          if (c.first(SOURCES)) {
            entities(c, "sources", "source", listener, SourceDeserializer::read, b::addSource, ids);
          }
          break;
        case "actors":
          if (c.first(ACTORS)) {
            entities(c, "actors", "actor", listener, ActorDeserializer::read, b::addActor, ids);
          }
          break;
        case "territories":
          if (c.first(TERRITORIES)) {
            entities(c, "territories", "territory", listener, TerritoryDeserializer::read, b::addTerritory, ids);
          }
          break;
        case "incidents":
          if (c.first(INCIDENTS)) {
            entities(c, "incidents", "incident", listener, IncidentDeserializer::read, b::addIncident, ids);
          }
          break;
        case "statements":
          if (c.first(STATEMENTS)) {
            entities(c, "statements", "statement", listener, StatementDeserializer::read, b::addStatement, ids);
          }
          break;
        case "casualtyReports":
          if (c.first(CASUALTY_REPORTS)) {
            entities(
                c, "casualtyReports", "casualty report", listener, CasualtyReportDeserializer::read, b::addCasualtyReport, ids);
          }
          break;
        default:
          if (!h.read(c, m, WHAT, MEMBERS)) {
            c.unknownMember(m, WHAT, EXPECTED);
          }
          continue;
      }
      entityErrors += c.errorCount() - before;
    }
    h.require(c, WHAT);
    Feed feed = null;
    if (c.errorCount() - errorsBefore == entityErrors) {
      try {
        feed = b.from(h.build()).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        c.invariant(e);
      }
    }
    c.endObject();
    return feed;
  }

  private static <T extends Entity> void entities(
      ReadContext c,
      String member,
      String kind,
      EntityListener listener,
      Decoder<T> decoder,
      Consumer<T> sink,
      @Nullable IdTable ids)
      throws IOException {
    if (!c.startArray("an array of " + kind + " objects")) {
      return;
    }
    int index = 0;
    while (c.nextElement()) {
      JsonLocation start = c.tokenLocation();
      c.takeEntityId();
      T entity = decoder.decode(c);
      if (entity == null) {
        EntityId id = c.takeEntityId();
        if (id != null) {
          listener.unreadable(id, member, index);
        }
      } else if (ids == null) {
        // handed off, not kept (readHeader)
        listener.entity(entity, member, index);
      } else {
        int first = ids.putIfAbsent(entity.id(), index);
        if (first < 0) {
          sink.accept(entity);
          listener.entity(entity, member, index);
        } else {
          // validation checks duplicates itself, as it does in JSON Lines, and checks the
          // duplicate's references too
          listener.entity(entity, member, index);
          c.failAt(
              FindingCode.DUPLICATE_ID,
              "duplicate "
                  + kind
                  + " id "
                  + Scalars.quote(entity.id().value())
                  + ": the "
                  + kind
                  + " at index "
                  + first
                  + " has it too (ids are unique per entity kind)",
              start);
        }
      }
      index++;
    }
  }
}
