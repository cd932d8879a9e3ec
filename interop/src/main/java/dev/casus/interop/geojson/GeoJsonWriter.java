package dev.casus.interop.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes a feed's incidents as a GeoJSON FeatureCollection (RFC 7946) for a map.
 *
 * <p>Each incident location that has a point becomes one Point feature; a location with only a
 * territory takes the territory's point when the feed holds it ({@code pointSource} "territory").
 * Coordinates are {@code [longitude, latitude]} (RFC 7946 section 3.1.1, the reverse of how people
 * write them) in WGS 84, with at most six decimals (about 0.1 m; RFC 7946 section 11.2). There is
 * no {@code crs} member (RFC 7946 removed it). Incidents with no point are not dropped silently:
 * {@link GeoJsonExport#incidentsWithoutPoint()} lists them.
 *
 * <p>Feature properties are flat (strings, numbers) so that QGIS and geojson.io show them as
 * columns: {@code id}, {@code featureType} ("incident"), {@code type} (Casus wire name), {@code
 * eventType} (ACLED label), {@code time} (EDTF), {@code date} (first day, ISO), {@code status},
 * {@code precision}, {@code place} (territory name), {@code placeDescription}, {@code pointSource},
 * {@code perpetrators}, {@code targets}, {@code victims}, {@code sides}, {@code associates}, {@code
 * interveners} (actor names with certainty, e.g. "Armenia (alleged, denied); Nagorno-Karabakh
 * (claimed)"), {@code means}, {@code bestFatalities} and {@code fatalityReports} (see {@link
 * BestFatalities}), {@code summary}, {@code sources} (titles and publishers). Absent values are
 * omitted, never null.
 *
 * <p>Feature ids are the incident id for its first location and the incident id plus {@code #n}
 * for its n-th location (n counted from 1 over all of the incident's locations, located or not),
 * and {@code territory:} plus the territory id for territory features. Output is deterministic:
 * incidents and territories in feed order, locations in incident order.
 */
public final class GeoJsonWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private final boolean territories;

  private GeoJsonWriter(boolean territories) {
    this.territories = territories;
  }

  /**
   * A writer of incident features only.
   *
   * @return the writer
   */
  public static GeoJsonWriter create() {
    return new GeoJsonWriter(false);
  }

  /**
   * This writer, also writing (or not) every territory that has a point as a feature with {@code
   * "featureType":"territory"}, after the incidents: a base layer of the places named in the feed.
   *
   * @param include whether to write territory features
   * @return a writer with the setting
   */
  public GeoJsonWriter withTerritories(boolean include) {
    return new GeoJsonWriter(include);
  }

  /**
   * Writes the feed as a FeatureCollection encoded in UTF-8 (the only encoding RFC 7946 allows).
   * The stream is flushed, not closed.
   *
   * @param feed the feed
   * @param out where to write
   * @return what was written and which incidents have no point
   * @throws IOException if writing fails
   */
  public GeoJsonExport write(Feed feed, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    GeoJsonExport export = write(feed, writer);
    writer.flush();
    return export;
  }

  /**
   * Writes the feed as a FeatureCollection, followed by a newline. The writer is flushed, not
   * closed.
   *
   * @param feed the feed
   * @param out where to write
   * @return what was written and which incidents have no point
   * @throws IOException if writing fails
   */
  public GeoJsonExport write(Feed feed, Writer out) throws IOException {
    int incidentFeatures = 0;
    int territoryFeatures = 0;
    int locationsWithoutPoint = 0;
    List<IncidentId> withoutPoint = new ArrayList<>();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeArrayFieldStart("features");
      for (Incident incident : feed.incidents()) {
        int written = 0;
        List<Location> locations = incident.locations();
        for (int i = 0; i < locations.size(); i++) {
          Location location = locations.get(i);
          Optional<Territory> territory = location.territory().flatMap(feed::territory);
          Optional<GeoPoint> point = location.point().or(() -> territory.flatMap(Territory::point));
          if (point.isEmpty()) {
            locationsWithoutPoint++;
            continue;
          }
          String featureId = i == 0 ? incident.id().value() : incident.id().value() + "#" + (i + 1);
          writeIncidentFeature(g, feed, incident, featureId, location, territory, point.get());
          written++;
        }
        if (written == 0) {
          withoutPoint.add(incident.id());
        }
        incidentFeatures += written;
      }
      if (territories) {
        for (Territory t : feed.territories()) {
          if (t.point().isPresent()) {
            writeTerritoryFeature(g, feed, t, t.point().get());
            territoryFeatures++;
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }
    out.flush();
    return GeoJsonExport.builder()
        .incidentFeatures(incidentFeatures)
        .territoryFeatures(territoryFeatures)
        .addAllIncidentsWithoutPoint(withoutPoint)
        .locationsWithoutPoint(locationsWithoutPoint)
        .build();
  }

  private static void writeIncidentFeature(
      JsonGenerator g,
      Feed feed,
      Incident incident,
      String featureId,
      Location location,
      Optional<Territory> territory,
      GeoPoint point)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", featureId);
    writePoint(g, point);
    g.writeObjectFieldStart("properties");
    g.writeStringField("id", incident.id().value());
    g.writeStringField("featureType", "incident");
    g.writeStringField("type", incident.type().wireName());
    g.writeStringField("eventType", incident.type().eventType().acledLabel());
    g.writeStringField("time", incident.time().toEdtf());
    Optional<LocalDate> date = incident.time().earliestDay();
    if (date.isPresent()) {
      g.writeStringField("date", date.get().toString());
    }
    g.writeStringField("status", incident.status().wireName());
    g.writeStringField("precision", location.precision().wireName());
    if (territory.isPresent()) {
      g.writeStringField("place", territory.get().name().text());
    }
    if (location.description().isPresent()) {
      g.writeStringField("placeDescription", location.description().get());
    }
    g.writeStringField("pointSource", location.point().isPresent() ? "location" : "territory");
    writeRole(g, "perpetrators", ParticipantRole.PERPETRATOR, incident, feed);
    writeRole(g, "targets", ParticipantRole.TARGET, incident, feed);
    writeRole(g, "victims", ParticipantRole.VICTIM, incident, feed);
    writeRole(g, "sides", ParticipantRole.PARTICIPANT, incident, feed);
    writeRole(g, "associates", ParticipantRole.ASSOCIATE, incident, feed);
    writeRole(g, "interveners", ParticipantRole.INTERVENER, incident, feed);
    if (!incident.means().isEmpty()) {
      StringJoiner means = new StringJoiner(", ");
      for (Means m : incident.means()) {
        means.add(m.wireName());
      }
      g.writeStringField("means", means.toString());
    }
    OptionalLong fatalities = BestFatalities.of(feed.casualtyReports(), incident.id());
    if (fatalities.isPresent()) {
      g.writeNumberField("bestFatalities", fatalities.getAsLong());
      int reports = 0;
      for (CasualtyReport r : feed.casualtyReports()) {
        if (r.incident().equals(Optional.of(incident.id()))
            && BestFatalities.ofReport(r).isPresent()) {
          reports++;
        }
      }
      g.writeNumberField("fatalityReports", reports);
    }
    if (incident.summary().isPresent()) {
      g.writeStringField("summary", incident.summary().get());
    }
    if (!incident.sources().isEmpty()) {
      StringJoiner sources = new StringJoiner("; ");
      for (SourceId id : incident.sources()) {
        sources.add(describe(id, feed.source(id)));
      }
      g.writeStringField("sources", sources.toString());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeTerritoryFeature(JsonGenerator g, Feed feed, Territory t, GeoPoint point)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeStringField("id", "territory:" + t.id().value());
    writePoint(g, point);
    g.writeObjectFieldStart("properties");
    g.writeStringField("id", t.id().value());
    g.writeStringField("featureType", "territory");
    g.writeStringField("kind", t.kind().wireName());
    g.writeStringField("name", t.name().text());
    if (t.parent().isPresent()) {
      g.writeStringField(
          "parent",
          feed.territory(t.parent().get())
              .map(p -> p.name().text())
              .orElse(t.parent().get().value()));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writePoint(JsonGenerator g, GeoPoint point) throws IOException {
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(coordinate(point.longitude())); // RFC 7946: longitude first
    g.writeNumber(coordinate(point.latitude()));
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The actors in {@code role}, each once, in participant order, with its certainties: "Armenia
   * (alleged, denied); Nagorno-Karabakh (claimed)". An actor the feed does not hold is named by its
   * id.
   */
  private static void writeRole(
      JsonGenerator g, String property, ParticipantRole role, Incident incident, Feed feed)
      throws IOException {
    Map<ActorId, Set<Certainty>> actors = new LinkedHashMap<>();
    for (Participant p : incident.participants()) {
      if (p.role() == role) {
        actors.computeIfAbsent(p.actor(), a -> new LinkedHashSet<>()).add(p.certainty());
      }
    }
    if (actors.isEmpty()) {
      return;
    }
    StringJoiner value = new StringJoiner("; ");
    for (Map.Entry<ActorId, Set<Certainty>> e : actors.entrySet()) {
      StringJoiner certainties = new StringJoiner(", ", " (", ")");
      for (Certainty c : e.getValue()) {
        certainties.add(c.wireName());
      }
      String name =
          feed.actor(e.getKey()).map(Actor::name).map(n -> n.text()).orElse(e.getKey().value());
      value.add(name + certainties);
    }
    g.writeStringField(property, value.toString());
  }

  /** "Title (Publisher)", the title or the publisher alone, or the source id. */
  private static String describe(SourceId id, Optional<Source> source) {
    if (source.isEmpty()) {
      return id.value();
    }
    Optional<String> title = source.get().title();
    Optional<String> publisher = source.get().publisher();
    if (title.isPresent() && publisher.isPresent()) {
      return title.get() + " (" + publisher.get() + ")";
    }
    return title.or(() -> publisher).orElse(id.value());
  }

  /** A coordinate in plain decimal notation with at most six decimals. */
  static String coordinate(double degrees) {
    return BigDecimal.valueOf(degrees)
        .setScale(6, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
