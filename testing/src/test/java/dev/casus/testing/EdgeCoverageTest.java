package dev.casus.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.entity.EntityKind;
import dev.casus.core.entity.IdGrammar;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.name.Name;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.DatePrecision;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.IntervalEnd;
import dev.casus.core.time.Qualifier;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The generators reach the edges with decent probability: with a fixed seed, a few thousand draws
 * hit every enum constant, every EDTF form and every boundary the brief names.
 */
class EdgeCoverageTest {

  private static final int DRAWS = 3000;

  /** Names of the edges that {@code draws} values of {@code generator} never hit. */
  @SafeVarargs
  private static <T> Set<String> missing(
      Function<CasusGenerators, T> generator, Edge<T>... edges) {
    CasusGenerators g = CasusGenerators.withSeed(2020_10_04L);
    Set<String> missing = new LinkedHashSet<>();
    for (Edge<T> e : edges) {
      missing.add(e.name());
    }
    for (int i = 0; i < DRAWS && !missing.isEmpty(); i++) {
      T value = generator.apply(g);
      for (Edge<T> e : edges) {
        if (e.test().test(value)) {
          missing.remove(e.name());
        }
      }
    }
    return missing;
  }

  private record Edge<T>(String name, Predicate<T> test) {}

  private static <T> Edge<T> edge(String name, Predicate<T> test) {
    return new Edge<>(name, test);
  }

  @Test
  void estimates() {
    long max = (1L << 53) - 1;
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::estimate,
            edge("open", Estimate::isOpen),
            edge("exact", Estimate::isExact),
            edge("exactly 0", e -> e.isExact() && e.low() == 0),
            edge("with text", e -> e.text().isPresent()),
            edge("best, no high", e -> e.best().isPresent() && e.high().isEmpty()),
            edge("no best", e -> e.best().isEmpty()),
            edge("high 2^53-1", e -> e.high().orElse(0) == max),
            edge("low 2^53-1", e -> e.low() == max)));
  }

  @Test
  void dates() {
    Set<String> missing =
        missing(
            CasusGenerators::edtfDate,
            edge("year", d -> d.precision() == DatePrecision.YEAR),
            edge("month", d -> d.precision() == DatePrecision.MONTH),
            edge("day", d -> d.precision() == DatePrecision.DAY),
            edge("second, no offset", d -> d.time().isPresent() && d.offset().isEmpty()),
            edge("Z", d -> d.toEdtf().endsWith("Z")),
            edge("+hh:mm", d -> d.toEdtf().matches(".*T.*\\+\\d\\d:\\d\\d")),
            edge("-hh:mm", d -> d.toEdtf().matches(".*T.*-\\d\\d:\\d\\d")),
            edge("?", d -> d.qualifier() == Qualifier.UNCERTAIN),
            edge("~", d -> d.qualifier() == Qualifier.APPROXIMATE),
            edge("%", d -> d.qualifier() == Qualifier.UNCERTAIN_AND_APPROXIMATE),
            edge("year 0000", d -> d.year() == 0),
            edge("year 9999", d -> d.year() == 9999),
            edge("29 February", d -> d.toEdtf().matches("\\d{4}-02-29.*")));
    assertEquals(Set.of(), missing);
  }

  @Test
  void intervals() {
    Set<String> missing =
        missing(
            CasusGenerators::edtfInterval,
            edge("open start", i -> i.startKind() == IntervalEnd.OPEN),
            edge("open end", i -> i.endKind() == IntervalEnd.OPEN),
            edge("unknown start", i -> i.startKind() == IntervalEnd.UNKNOWN),
            edge("unknown end", i -> i.endKind() == IntervalEnd.UNKNOWN),
            edge("closed", i -> i.start().isPresent() && i.end().isPresent()),
            edge("mixed precisions", EdgeCoverageTest::mixedPrecisions),
            edge("one day", i -> i.start().isPresent() && i.start().equals(i.end())),
            edge("qualified end", i -> i.end().map(d -> d.qualifier() != Qualifier.NONE).orElse(false)));
    assertEquals(Set.of(), missing);
  }

  private static boolean mixedPrecisions(EdtfInterval i) {
    return i.start().isPresent()
        && i.end().isPresent()
        && i.start().get().precision() != i.end().get().precision();
  }

  @Test
  void pointsReachThePolesAndTheAntimeridian() {
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::geoPoint,
            edge("90", p -> p.latitude() == 90),
            edge("-90", p -> p.latitude() == -90),
            edge("180", p -> p.longitude() == 180),
            edge("-180", p -> p.longitude() == -180),
            edge("0,0", p -> p.equals(GeoPoint.of(0, 0)) || p.latitude() == 0)));
  }

  @Test
  void namesAndTexts() {
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::name,
            edge("Gəncə", n -> n.text().contains("Gəncə")),
            edge("Armenian", n -> n.text().contains("Ստեփանակերտ")),
            edge("emoji", n -> n.text().codePoints().anyMatch(c -> c >= 0x1F000)),
            edge("with language", n -> n.language().isPresent()),
            edge("without language", n -> n.language().isEmpty()),
            edge("1000 code points", n -> n.text().codePointCount(0, n.text().length()) == Name.MAX_LENGTH)));
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::text,
            edge("line break", t -> t.contains("\n")),
            edge("tab", t -> t.contains("\t")),
            edge("emoji", t -> t.codePoints().anyMatch(c -> c >= 0x1F000)),
            edge("right-to-left", t -> t.codePoints().anyMatch(c -> c >= 0x0590 && c <= 0x06FF)),
            edge("maximum length", t -> t.length() == FreeText.MAX_LENGTH),
            edge("one character", t -> t.length() == 1)));
  }

  @Test
  void idsAndExternalIds() {
    assertEquals(
        Set.of(),
        missing(
            g -> g.actorId().value(),
            edge("256 long", v -> v.length() == IdGrammar.MAX_LENGTH),
            edge("one character", v -> v.length() == 1),
            edge("non-ASCII", v -> v.chars().anyMatch(c -> c > 127)),
            edge("URI", v -> v.startsWith("https://"))));
    Set<IdScheme> schemes = EnumSet.noneOf(IdScheme.class);
    CasusGenerators g = CasusGenerators.withSeed(1);
    for (int i = 0; i < 500; i++) {
      schemes.add(g.externalId().scheme());
    }
    assertEquals(EnumSet.allOf(IdScheme.class), schemes);
  }

  @Test
  void entitiesHaveEmptyAndFullMembers() {
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::incident,
            edge("no location", i -> i.locations().isEmpty()),
            edge("several locations", i -> i.locations().size() > 1),
            edge("no participants", i -> i.participants().isEmpty()),
            edge("no summary", i -> i.summary().isEmpty()),
            edge("no extensions", i -> i.extensions().isEmpty()),
            edge("{\"a\":[1,2]} extension", i -> i.extensions().containsValue("{\"a\":[1,2]}")),
            edge("[] extension", i -> i.extensions().containsValue("[]")),
            edge("256-long extension name", i -> i.extensions().keySet().stream().anyMatch(k -> k.length() == 256)),
            edge("open interval", i -> i.time() instanceof EdtfInterval t && t.endKind() == IntervalEnd.OPEN),
            edge("date", i -> i.time() instanceof EdtfDate)));
    Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
    CasusGenerators g = CasusGenerators.withSeed(3);
    for (int i = 0; i < 1000; i++) {
      Incident incident = g.incident();
      types.add(incident.type());
    }
    assertEquals(EnumSet.allOf(IncidentType.class), types);
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::statement,
            edge("no time", s -> s.time().isEmpty()),
            edge("no subjects", s -> s.subjects().isEmpty()),
            edge("no texts", s -> s.texts().isEmpty()),
            edge("on behalf of", s -> s.onBehalfOf().isPresent()),
            edge("several subjects", s -> s.subjects().size() > 2)));
    assertEquals(
        Set.of(),
        missing(
            CasusGenerators::feedHeader,
            edge("partial", h -> h.partial()),
            edge("fractional seconds", h -> h.createdAt().getNano() != 0),
            edge("description", h -> h.description().isPresent())));
  }

  @Test
  void feedsReferToEveryKindOfEntity() {
    assertEquals(
        Set.of(),
        missing(
            g -> g.feed(FeedSize.SMALL),
            edge("territory with parent", f -> f.territories().stream().anyMatch(t -> t.parent().isPresent())),
            edge("incident part of another", f -> f.incidents().stream().anyMatch(i -> i.partOf().isPresent())),
            edge("source part of another", f -> f.sources().stream().anyMatch(s -> s.partOf().isPresent())),
            edge("statement about a statement", f -> f.statements().stream().flatMap(s -> s.subjects().stream()).anyMatch(s -> s.about().kind() == EntityKind.STATEMENT)),
            edge(
                "dated statement about an incident",
                f ->
                    f.statements().stream()
                        .filter(s -> s.time().isPresent())
                        .flatMap(s -> s.subjects().stream())
                        .anyMatch(s -> s.about().kind() == EntityKind.INCIDENT)),
            edge("partial", f -> f.partial())));
  }
}
