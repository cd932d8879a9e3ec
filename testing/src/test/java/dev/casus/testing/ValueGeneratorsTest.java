package dev.casus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ImmutableActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ImmutableCasualtyReportId;
import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.IdGrammar;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.estimate.ImmutableEstimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.ImmutableGeoPoint;
import dev.casus.core.geo.ImmutableLocation;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.identifier.ImmutableExternalId;
import dev.casus.core.incident.ImmutableIncidentId;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.name.ImmutableName;
import dev.casus.core.name.LanguageTags;
import dev.casus.core.name.Name;
import dev.casus.core.source.ImmutableSourceId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.ImmutableStatementId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.ImmutableTerritoryId;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ValueGeneratorsTest {

  /** Equal objects have equal hashes, and equality is reflexive and symmetric. */
  static void assertEqualValues(Object a, Object b) {
    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode(), () -> "hash of " + a);
  }

  // ---- estimates ----

  private static void assertOrdered(Estimate e) {
    assertTrue(e.low() >= 0, () -> "low >= 0: " + e);
    e.best().ifPresent(best -> assertTrue(e.low() <= best, () -> "low <= best: " + e));
    e.high().ifPresent(high -> assertTrue(e.low() <= high, () -> "low <= high: " + e));
    if (e.best().isPresent() && e.high().isPresent()) {
      assertTrue(e.best().getAsLong() <= e.high().getAsLong(), () -> "best <= high: " + e);
    }
    assertTrue(e.high().orElse(e.low()) <= ValueGen.MAX_COUNT, () -> "fits in 2^53-1: " + e);
    e.text().ifPresent(t -> assertFalse(t.isBlank()));
  }

  @Test
  void estimates() {
    Property.forAll(
        "estimate invariants",
        CasusGenerators::estimate,
        e -> {
          assertOrdered(e);
          assertEqualValues(e, ImmutableEstimate.copyOf(e));
          assertEqualValues(e, Estimate.builder().from(e).build());
          assertEquals(e.isOpen(), e.high().isEmpty());
        });
  }

  @Test
  void estimateFactoriesKeepLowBestHighOrdered() {
    Property.forAll(
        "Estimate factories keep low <= best <= high",
        g -> {
          long[] v = {g.count(), g.count(), g.count()};
          Arrays.sort(v);
          return v;
        },
        v -> {
          for (Estimate e :
              new Estimate[] {
                Estimate.exactly(v[1]),
                Estimate.atLeast(v[0]),
                Estimate.atMost(v[2]),
                Estimate.between(v[0], v[2]),
                Estimate.between(v[0], v[1], v[2]),
                Estimate.approximately(v[1])
              }) {
            assertOrdered(e);
          }
          assertTrue(Estimate.exactly(v[1]).isExact());
          assertTrue(Estimate.atLeast(v[0]).isOpen());
          assertEquals(v[1], Estimate.exactly(v[1]).best().getAsLong());
        });
  }

  // ---- EDTF ----

  private static void assertEdtfRoundTrip(EdtfTime t) {
    String s = t.toEdtf();
    assertTrue(s.length() <= EdtfTime.MAX_LENGTH, s);
    EdtfTime parsed = EdtfTime.parse(s);
    assertEqualValues(t, parsed);
    assertEquals(s, parsed.toEdtf());
    assertEquals(s, t.toString());
    if (t.earliestDay().isPresent() && t.latestDay().isPresent()) {
      assertFalse(t.earliestDay().get().isAfter(t.latestDay().get()), s);
    }
  }

  @Test
  void edtfDates() {
    Property.forAll(
        "EdtfDate parses back to itself",
        CasusGenerators::edtfDate,
        d -> {
          assertEdtfRoundTrip(d);
          assertEquals(d, EdtfDate.parse(d.toEdtf()));
          assertFalse(d.isInterval());
        });
  }

  @Test
  void edtfIntervals() {
    Property.forAll(
        "EdtfInterval parses back to itself",
        CasusGenerators::edtfInterval,
        i -> {
          assertEdtfRoundTrip(i);
          assertEquals(i, EdtfInterval.parse(i.toEdtf()));
          assertTrue(i.isInterval());
          assertTrue(i.start().isPresent() || i.end().isPresent(), i::toEdtf);
          i.start().ifPresent(d -> assertTrue(d.time().isEmpty(), i::toEdtf));
          i.end().ifPresent(d -> assertTrue(d.time().isEmpty(), i::toEdtf));
        });
  }

  @Test
  void edtfTimes() {
    Property.forAll(
        "EdtfTime parses back to itself",
        CasusGenerators::edtfTime,
        ValueGeneratorsTest::assertEdtfRoundTrip);
  }

  // ---- geography ----

  @Test
  void geoPoints() {
    Property.forAll(
        "GeoPoint in range",
        CasusGenerators::geoPoint,
        p -> {
          assertTrue(p.latitude() >= -90 && p.latitude() <= 90, p::toString);
          assertTrue(p.longitude() >= -180 && p.longitude() <= 180, p::toString);
          assertEqualValues(p, GeoPoint.of(p.latitude(), p.longitude()));
          assertEqualValues(p, ImmutableGeoPoint.copyOf(p));
        });
  }

  @Test
  void locations() {
    Property.forAll(
        "Location invariants",
        CasusGenerators::location,
        l -> {
          assertTrue(l.territory().isPresent() || l.point().isPresent());
          assertEqualValues(l, ImmutableLocation.copyOf(l));
          assertEqualValues(l, Location.builder().from(l).build());
        });
  }

  // ---- names, text, external ids, enums ----

  @Test
  void names() {
    Property.forAll(
        "Name invariants",
        CasusGenerators::name,
        n -> {
          assertFalse(n.text().isBlank());
          assertTrue(n.text().codePointCount(0, n.text().length()) <= Name.MAX_LENGTH);
          n.language()
              .ifPresent(
                  l -> {
                    assertTrue(LanguageTags.isWellFormed(l), l);
                    assertEquals(LanguageTags.canonicalCase(l), l);
                  });
          assertEqualValues(n, ImmutableName.copyOf(n));
          assertEqualValues(n, ImmutableName.builder().from(n).build());
          assertEqualValues(
              n, n.language().map(l -> Name.of(n.text(), l)).orElseGet(() -> Name.of(n.text())));
        });
  }

  @Test
  void texts() {
    Property.forAll(
        "text is valid free text",
        CasusGenerators::text,
        t -> assertEquals(t, FreeText.check("Test", "text", t)));
  }

  @Test
  void languageTags() {
    Property.forAll(
        "language tags are well-formed",
        CasusGenerators::languageTag,
        t -> assertTrue(LanguageTags.isWellFormed(t), t));
  }

  @Test
  void externalIds() {
    Property.forAll(
        "ExternalId valid in its scheme",
        CasusGenerators::externalId,
        id -> {
          assertTrue(id.scheme().isValid(id.value()), id::toString);
          assertEqualValues(id, ExternalId.of(id.scheme(), id.value()));
          assertEqualValues(id, ImmutableExternalId.copyOf(id));
        });
    for (IdScheme scheme : IdScheme.values()) {
      Property.forAll(
          "ExternalId in " + scheme.wireName(),
          20,
          g -> g.externalId(scheme),
          id -> {
            assertEquals(scheme, id.scheme());
            assertTrue(scheme.isValid(id.value()), id::toString);
          });
    }
  }

  @Test
  void enumValues() {
    Property.forAll(
        "enumValue returns a constant of the type",
        g -> g.enumValue(IncidentType.class),
        t -> assertEquals(IncidentType.valueOf(t.name()), t));
    Property.forAll(
        "certainty",
        CasusGenerators::certainty,
        c -> assertEquals(Certainty.valueOf(c.name()), c));
  }

  // ---- ids ----

  private static <I extends EntityId> void idProperty(
      String name,
      Function<CasusGenerators, I> generator,
      Function<String, I> of,
      UnaryOperator<I> copy) {
    Property.forAll(
        name,
        generator,
        id -> {
          assertTrue(IdGrammar.isValid(id.value()), id::value);
          assertTrue(id.value().length() <= IdGrammar.MAX_LENGTH);
          assertEqualValues(id, of.apply(id.value()));
          assertEqualValues(id, copy.apply(id));
          assertEquals(id.value(), id.toString());
        });
  }

  @Test
  void ids() {
    idProperty(
        "ActorId", CasusGenerators::actorId, ActorId::of, ImmutableActorId::copyOf);
    idProperty(
        "TerritoryId",
        CasusGenerators::territoryId,
        TerritoryId::of,
        ImmutableTerritoryId::copyOf);
    idProperty(
        "IncidentId", CasusGenerators::incidentId, IncidentId::of, ImmutableIncidentId::copyOf);
    idProperty(
        "StatementId",
        CasusGenerators::statementId,
        StatementId::of,
        ImmutableStatementId::copyOf);
    idProperty(
        "CasualtyReportId",
        CasusGenerators::casualtyReportId,
        CasualtyReportId::of,
        ImmutableCasualtyReportId::copyOf);
    idProperty("SourceId", CasusGenerators::sourceId, SourceId::of, ImmutableSourceId::copyOf);
  }
}
