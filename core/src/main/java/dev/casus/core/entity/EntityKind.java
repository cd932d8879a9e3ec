package dev.casus.core.entity;

import dev.casus.core.code.CodeList;

/** The kinds of entity a feed holds, each with its own id type. */
public enum EntityKind implements CodeList {
  /** Where a fact was published: an article, a photo, a tweet. */
  SOURCE,
  /** A state, body, force, group, organisation or person. */
  ACTOR,
  /** A place in the country &gt; region &gt; district &gt; city hierarchy. */
  TERRITORY,
  /** Something that happened at a time and place. */
  INCIDENT,
  /** An act of speech by an actor. */
  STATEMENT,
  /** Casualty counts reported by someone. */
  CASUALTY_REPORT;
}
