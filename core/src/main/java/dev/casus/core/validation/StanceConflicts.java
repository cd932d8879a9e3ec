package dev.casus.core.validation;

import dev.casus.core.entity.EntityId;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Subject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, among the subjects of one statement, an entity that the statement both asserts and denies;
 * each such entity once. Feeds {@link FindingCode#ASSERTS_AND_DENIES}.
 */
final class StanceConflicts {
  private final Map<EntityId, EnumMap<Stance, Integer>> firstSubject = new HashMap<>();
  private final Set<EntityId> reported = new HashSet<>();

  /**
   * Adds the subject at {@code index}.
   *
   * @return the message if this subject completes a contradiction not reported yet
   */
  Optional<String> add(Subject subject, int index) {
    EnumMap<Stance, Integer> seen =
        firstSubject.computeIfAbsent(subject.about(), k -> new EnumMap<>(Stance.class));
    seen.putIfAbsent(subject.stance(), index);
    Integer asserts = seen.get(Stance.ASSERTS);
    Integer denies = seen.get(Stance.DENIES);
    if (asserts == null || denies == null || !reported.add(subject.about())) {
      return Optional.empty();
    }
    return Optional.of(
        "the statement asserts (subjects/"
            + asserts
            + ") and denies (subjects/"
            + denies
            + ") "
            + KindNames.noun(subject.about().kind())
            + " \""
            + subject.about().value()
            + "\"; split it into two statements or correct a stance");
  }
}
