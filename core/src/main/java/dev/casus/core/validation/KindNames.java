package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;

/** How messages and pointers name the entity kinds. */
final class KindNames {

  private KindNames() {}

  /** The kind as a message names it: {@code casualty report}. */
  static String noun(EntityKind kind) {
    return kind.wireName().replace('_', ' ');
  }

  /** The subject member naming an entity of this kind: {@code casualtyReport}. */
  static String subjectMember(EntityKind kind) {
    return kind == EntityKind.CASUALTY_REPORT ? "casualtyReport" : kind.wireName();
  }
}
