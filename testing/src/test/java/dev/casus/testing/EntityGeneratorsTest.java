package dev.casus.testing;

import static dev.casus.testing.ValueGeneratorsTest.assertEqualValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ImmutableActor;
import dev.casus.core.actor.ImmutableAffiliation;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.ImmutableCasualtyFigure;
import dev.casus.core.casualty.ImmutableCasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.feed.ImmutableFeedHeader;
import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.incident.ImmutableParticipant;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.ImmutableSource;
import dev.casus.core.source.Source;
import dev.casus.core.statement.ImmutableStatement;
import dev.casus.core.statement.ImmutableStatementText;
import dev.casus.core.statement.ImmutableSubject;
import dev.casus.core.statement.Statement;
import dev.casus.core.territory.ImmutableControlClaim;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every generated entity is valid and survives Immutables' copy and builder round trips; equal
 * entities have equal hashes.
 */
class EntityGeneratorsTest {

  private static <E extends Entity> void entityProperty(
      String name,
      Function<CasusGenerators, E> generator,
      UnaryOperator<E> copy,
      UnaryOperator<E> rebuild) {
    Property.forAll(
        name,
        generator,
        e -> {
          assertEqualValues(e, copy.apply(e));
          assertEqualValues(e, rebuild.apply(e));
          assertEquals(e.id().kind(), e.entityKind());
          e.extensions()
              .forEach(
                  (k, v) -> {
                    assertTrue(Extensions.isExtensionName(k), k);
                    assertFalse(v.isBlank());
                    assertFalse(v.equals("null"), "extension values are never null");
                  });
        });
  }

  @Test
  void sources() {
    entityProperty(
        "Source",
        CasusGenerators::source,
        ImmutableSource::copyOf,
        s -> Source.builder().from(s).build());
  }

  @Test
  void actors() {
    entityProperty(
        "Actor",
        CasusGenerators::actor,
        ImmutableActor::copyOf,
        a -> Actor.builder().from(a).build());
    Property.forAll(
        "Affiliation",
        g -> g.actor().affiliations(),
        list ->
            list.forEach(
                a -> assertEqualValues(a, ImmutableAffiliation.builder().from(a).build())));
  }

  @Test
  void territories() {
    entityProperty(
        "Territory",
        CasusGenerators::territory,
        ImmutableTerritory::copyOf,
        t -> Territory.builder().from(t).build());
    Property.forAll(
        "ControlClaim",
        g -> g.territory().controlClaims(),
        list ->
            list.forEach(
                c -> assertEqualValues(c, ImmutableControlClaim.builder().from(c).build())));
  }

  @Test
  void incidents() {
    entityProperty(
        "Incident",
        CasusGenerators::incident,
        ImmutableIncident::copyOf,
        i -> Incident.builder().from(i).build());
    Property.forAll(
        "Participant",
        g -> g.incident().participants(),
        list ->
            list.forEach(
                p -> assertEqualValues(p, ImmutableParticipant.builder().from(p).build())));
  }

  @Test
  void statements() {
    entityProperty(
        "Statement",
        CasusGenerators::statement,
        ImmutableStatement::copyOf,
        s -> Statement.builder().from(s).build());
    Property.forAll(
        "StatementText and Subject",
        CasusGenerators::statement,
        s -> {
          s.texts().forEach(t -> assertEqualValues(t, ImmutableStatementText.copyOf(t)));
          s.subjects().forEach(t -> assertEqualValues(t, ImmutableSubject.copyOf(t)));
          s.subjects().forEach(t -> assertFalse(t.about().equals(s.id())));
        });
  }

  @Test
  void casualtyReports() {
    entityProperty(
        "CasualtyReport",
        CasusGenerators::casualtyReport,
        ImmutableCasualtyReport::copyOf,
        r -> CasualtyReport.builder().from(r).build());
    Property.forAll(
        "CasualtyFigure",
        g -> g.casualtyReport().figures(),
        list -> {
          assertFalse(list.isEmpty());
          list.forEach(f -> assertEqualValues(f, ImmutableCasualtyFigure.builder().from(f).build()));
        });
  }

  @Test
  void feedHeaders() {
    Property.forAll(
        "FeedHeader",
        CasusGenerators::feedHeader,
        h -> {
          assertEqualValues(h, ImmutableFeedHeader.copyOf(h));
          assertEqualValues(h, FeedHeader.builder().from(h).build());
        });
  }
}
