package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.ImmutableFeed;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.jackson.CasusReadException;
import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Feed} document: the header members, the six entity arrays and {@code x-*}
 * extensions, in any order. Two entities of one kind with the same id are a {@link
 * FindingCode#DUPLICATE_ID} at the second. In COLLECT mode a broken entity (and a duplicate) is
 * left out and the feed is still built; a broken header member leaves no feed. In STRICT and
 * LENIENT mode, where the first error ends the read, ids are checked only when it ends so or when
 * the feed refuses to be built ({@link IdLog}), and the first duplicate in reading order is the
 * error reported, as if it had been found as it came (a lenient read's listener may meanwhile have
 * been told of unknown members after it).
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
    boolean collect = c.mode() == ReadMode.COLLECT;
    // collecting, duplicates are reported and left out as they come; sized for about one entity
    // per 300 bytes, so that big feeds do not rehash as they grow
    int expected = Math.max(64, Math.min(c.sourceLength() / 300, 1 << 22));
    IdTable ids = keep && collect ? new IdTable(expected) : null;
    // otherwise the first error ends the read: ids are checked only then (see IdLog)
    IdLog log = keep && !collect ? new IdLog(expected) : null;
    String feedPointer = log == null ? "" : c.pointer();
    try {
      return members(c, listener, ids, log, feedPointer);
    } catch (CasusReadException | JsonProcessingException e) {
      // every entity logged was read before the error: a duplicate among them comes first
      reportFirstDuplicate(c, log, feedPointer);
      throw e;
    }
  }

  /**
   * Reports (throws, in STRICT and LENIENT mode) the first duplicate id the log holds, if any.
   *
   * @return false if there is none
   */
  private static boolean reportFirstDuplicate(
      ReadContext c, @Nullable IdLog log, String feedPointer) {
    Finding duplicate = log == null ? null : log.firstDuplicate(c, feedPointer);
    if (duplicate == null) {
      return false;
    }
    c.report(duplicate);
    return true;
  }

  private static @Nullable Feed members(
      ReadContext c,
      EntityListener listener,
      @Nullable IdTable ids,
      @Nullable IdLog log,
      String feedPointer)
      throws IOException {
    int errorsBefore = c.errorCount();
    int entityErrors = 0;
    HeaderFields h = new HeaderFields("Feed");
    ImmutableFeed.Builder b = Feed.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      int before = c.errorCount();
      switch (m) {
        case "sources":
          if (c.first(SOURCES)) {
            entities(c, "sources", "source", listener, SourceDeserializer::read, b::addSource, ids, log);
          }
          break;
        case "actors":
          if (c.first(ACTORS)) {
            entities(c, "actors", "actor", listener, ActorDeserializer::read, b::addActor, ids, log);
          }
          break;
        case "territories":
          if (c.first(TERRITORIES)) {
            entities(c, "territories", "territory", listener, TerritoryDeserializer::read, b::addTerritory, ids, log);
          }
          break;
        case "incidents":
          if (c.first(INCIDENTS)) {
            entities(c, "incidents", "incident", listener, IncidentDeserializer::read, b::addIncident, ids, log);
          }
          break;
        case "statements":
          if (c.first(STATEMENTS)) {
            entities(c, "statements", "statement", listener, StatementDeserializer::read, b::addStatement, ids, log);
          }
          break;
        case "casualtyReports":
          if (c.first(CASUALTY_REPORTS)) {
            entities(
                c, "casualtyReports", "casualty report", listener, CasualtyReportDeserializer::read, b::addCasualtyReport, ids, log);
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
        // the feed refuses two entities with one id: report the first as it came
        if (!reportFirstDuplicate(c, log, feedPointer)) {
          c.invariant(e);
        }
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
      @Nullable IdTable ids,
      @Nullable IdLog log)
      throws IOException {
    if (!c.startArray("an array of " + kind + " objects")) {
      return;
    }
    int index = 0;
    while (c.nextElement()) {
      boolean placed = ids != null || log != null;
      long lineAndColumn = placed ? c.tokenLineAndColumn() : 0;
      long offset = placed ? c.tokenOffset() : -1;
      c.takeEntityId();
      T entity = decoder.decode(c);
      if (entity == null) {
        EntityId id = c.takeEntityId();
        if (id != null) {
          listener.unreadable(id, member, index);
        }
      } else if (log != null) {
        log.add(entity.id(), member, kind, index, lineAndColumn, offset);
        sink.accept(entity);
        listener.entity(entity, member, index);
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
          c.report(
              c.findingAt(
                  FindingCode.DUPLICATE_ID,
                  duplicateId(kind, entity.id(), first),
                  c.pointer(),
                  (int) (lineAndColumn >>> 32),
                  (int) lineAndColumn,
                  offset));
        }
      }
      index++;
    }
  }

  /**
   * The message of a {@link FindingCode#DUPLICATE_ID} at the second entity.
   *
   * @param kind the entities' kind, e.g. {@code "incident"}
   * @param id the id they share
   * @param first the index of the first
   * @return the message
   */
  static String duplicateId(String kind, EntityId id, int first) {
    return "duplicate "
        + kind
        + " id "
        + Scalars.quote(id.value())
        + ": the "
        + kind
        + " at index "
        + first
        + " has it too (ids are unique per entity kind)";
  }
}
