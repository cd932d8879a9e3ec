package dev.casus.jackson;

import dev.casus.core.entity.Entity;
import dev.casus.core.feed.FeedHeader;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One good record of a JSON Lines feed: the line it was on and either the feed header or an
 * entity.
 */
public final class JsonLinesRecord {

  private final long line;
  private final @Nullable FeedHeader header;
  private final @Nullable Entity entity;

  private JsonLinesRecord(long line, @Nullable FeedHeader header, @Nullable Entity entity) {
    this.line = line;
    this.header = header;
    this.entity = entity;
  }

  /**
   * A header record.
   *
   * @param line the 1-based line number
   * @param header the header
   * @return the record
   */
  public static JsonLinesRecord ofHeader(long line, FeedHeader header) {
    return new JsonLinesRecord(line, header, null);
  }

  /**
   * An entity record.
   *
   * @param line the 1-based line number
   * @param entity the entity
   * @return the record
   */
  public static JsonLinesRecord ofEntity(long line, Entity entity) {
    return new JsonLinesRecord(line, null, entity);
  }

  /**
   * The 1-based line number of the record in its stream.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The feed header, if this is the header record.
   *
   * @return the header, or empty for an entity record
   */
  public Optional<FeedHeader> header() {
    return Optional.ofNullable(header);
  }

  /**
   * The entity, if this is an entity record.
   *
   * @return the entity, or empty for the header record
   */
  public Optional<Entity> entity() {
    return Optional.ofNullable(entity);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof JsonLinesRecord)) {
      return false;
    }
    JsonLinesRecord r = (JsonLinesRecord) o;
    return line == r.line && Objects.equals(header, r.header) && Objects.equals(entity, r.entity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, header, entity);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + (header != null ? header : entity);
  }
}
