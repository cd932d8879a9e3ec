package dev.casus.core.entity;

import java.util.Map;

/**
 * An entity of a feed: a source, actor, territory, incident, statement or casualty report. Every
 * entity has a stable id, typed by its kind, and may carry producer extensions.
 */
public interface Entity {

  /**
   * The entity's id in its feed.
   *
   * @return the id
   */
  EntityId id();

  /**
   * Which kind of entity this is.
   *
   * @return the kind, the same as {@code id().kind()}
   */
  default EntityKind entityKind() {
    return id().kind();
  }

  /**
   * Producer extensions ({@code x-...} members) as raw JSON text.
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  Map<String, String> extensions();
}
