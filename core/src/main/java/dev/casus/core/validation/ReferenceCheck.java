package dev.casus.core.validation;

import dev.casus.core.entity.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that references name entities the feed holds. A reference to an id already seen is
 * resolved at once; any other is kept (kind, id and place only) until the end of the feed, since a
 * stream may hold the entity further on. Reports {@link FindingCode#UNRESOLVED_REFERENCE}.
 */
final class ReferenceCheck {
  private final IdIndex ids;
  private final List<Pending> pending = new ArrayList<>();

  ReferenceCheck(IdIndex ids) {
    this.ids = ids;
  }

  /** Whether the id is known already (then the reference needs no place and no pending check). */
  boolean resolves(EntityKind kind, String id) {
    return ids.contains(kind, id);
  }

  /** Keeps a reference that does not resolve yet, to be checked again at {@link #finish}. */
  void defer(EntityKind kind, String id, Place place) {
    pending.add(new Pending(kind, id, place));
  }

  /**
   * Reports every remembered reference that still does not resolve: an error, or a warning when the
   * feed is declared partial.
   */
  void finish(ValidationReport.Collector collector, boolean partialFeed) {
    for (Pending ref : pending) {
      if (ids.contains(ref.kind(), ref.id())) {
        continue;
      }
      String noun = KindNames.noun(ref.kind());
      String missing = "no " + noun + " with id \"" + ref.id() + "\" in the feed";
      if (partialFeed) {
        ref.place()
            .report(
                collector,
                FindingCode.UNRESOLVED_REFERENCE,
                Severity.WARNING,
                missing + "; the feed is declared partial, so it may be published elsewhere");
      } else {
        ref.place()
            .report(
                collector,
                FindingCode.UNRESOLVED_REFERENCE,
                missing
                    + "; add the "
                    + noun
                    + ", correct the id, or declare the feed \"partial\": true if it is"
                    + " published elsewhere");
      }
    }
    pending.clear();
  }

  private record Pending(EntityKind kind, String id, Place place) {}
}
