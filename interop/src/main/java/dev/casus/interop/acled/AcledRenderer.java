package dev.casus.interop.acled;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.interop.precision.AcledDate;
import dev.casus.interop.precision.AcledGeoPrecision;
import dev.casus.interop.precision.AcledTimePrecision;
import dev.casus.interop.support.Decimals;
import dev.casus.interop.support.EntityLookup;
import dev.casus.interop.support.JsonText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes one incident (with its casualty reports) as the cells of an ACLED row, for every column
 * of both layouts. Shared by the writer and by the reader, which renders each row it reads and
 * keeps verbatim any cell that would not come back the same.
 */
final class AcledRenderer {

  /** A loss found while rendering; fatal ones prevent the row from being written. */
  record Issue(String column, String message, boolean fatal) {}

  /** The cells of one row, by column, and what could not be expressed. */
  record Rendered(Map<String, String> cells, List<Issue> issues) {
    boolean fatal() {
      return issues.stream().anyMatch(Issue::fatal);
    }
  }

  static final int COORDINATE_DECIMALS = 4;
  private static final int MAX_PARENT_DEPTH = 16;

  private final EntityLookup lookup;
  private final AcledStyle style;
  private final Map<String, String> cells = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();

  private AcledRenderer(EntityLookup lookup, AcledStyle style) {
    this.lookup = lookup;
    this.style = style;
  }

  static Rendered render(
      Incident incident, List<CasualtyReport> reports, EntityLookup lookup, AcledStyle style) {
    AcledRenderer r = new AcledRenderer(lookup, style);
    r.renderIncident(incident, reports);
    return new Rendered(Map.copyOf(r.cells), List.copyOf(r.issues));
  }

  private void renderIncident(Incident incident, List<CasualtyReport> reports) {
    Map<String, String> ext = incident.extensions();
    put(
        "event_id_cnty",
        incident.externalIds().stream()
            .filter(id -> id.scheme() == IdScheme.ACLED)
            .map(ExternalId::value)
            .findFirst()
            .orElseGet(
                () -> {
                  issue("event_id_cnty", "the incident has no ACLED id (external id scheme acled)");
                  return "";
                }));
    renderTime(incident, ext);
    put("event_type", incident.type().eventType().acledLabel());
    put("sub_event_type", incident.type().acledLabel());
    renderActors(incident, ext);
    put("disorder_type", extCell(ext, AcledExtensions.DISORDER_TYPE));
    put("civilian_targeting", extCell(ext, AcledExtensions.CIVILIAN_TARGETING));
    put("region", extCell(ext, AcledExtensions.REGION));
    put("source_scale", extCell(ext, AcledExtensions.SOURCE_SCALE));
    put("tags", extCell(ext, AcledExtensions.TAGS));
    put("timestamp", extCell(ext, AcledExtensions.TIMESTAMP));
    put("data_id", extCell(ext, AcledExtensions.DATA_ID));
    put("event_id_no_cnty", extCell(ext, AcledExtensions.EVENT_ID_NO_CNTY));
    renderPlace(incident);
    renderSources(incident.sources());
    put("notes", incident.summary().orElse(""));
    put("fatalities", fatalities(reports));
    for (Map.Entry<String, String> e : ext.entrySet()) {
      if (e.getKey().startsWith(AcledExtensions.RAW_PREFIX)) {
        cells.put(
            e.getKey().substring(AcledExtensions.RAW_PREFIX.length()), JsonText.toCell(e.getValue()));
      }
    }
    if (cells.getOrDefault("event_date", "").isEmpty()) {
      issues.add(
          new Issue(
              "event_date",
              "ACLED cannot express the time " + incident.time().toEdtf() + "; row not written",
              true));
    }
  }

  private void renderTime(Incident incident, Map<String, String> ext) {
    Optional<LocalDate> kept = Optional.empty();
    String keptText = extCell(ext, AcledExtensions.EVENT_DATE);
    if (!keptText.isEmpty()) {
      try {
        kept = Optional.of(LocalDate.parse(keptText));
      } catch (DateTimeParseException e) {
        issue("event_date", "ignored unreadable " + AcledExtensions.EVENT_DATE + " " + keptText);
      }
    }
    Optional<AcledDate> date = AcledTimePrecision.fromEdtf(incident.time(), kept);
    if (date.isPresent()) {
      put("event_date", style.formatDate(date.get().eventDate()));
      put("year", Integer.toString(date.get().eventDate().getYear()));
      put("time_precision", Integer.toString(date.get().timePrecision()));
    } else {
      put("event_date", "");
      put("year", "");
      put("time_precision", "");
    }
  }

  private void renderActors(Incident incident, Map<String, String> ext) {
    List<List<Participant>> groups = new ArrayList<>();
    List<Participant> current = null;
    for (Participant p : incident.participants()) {
      if (p.certainty() == Certainty.DENIED) {
        continue; // ACLED does not code an actor whose role is denied
      }
      if (p.role() == ParticipantRole.ASSOCIATE) {
        if (current == null) {
          current = new ArrayList<>();
          groups.add(current);
          current.add(p); // an associate before any main actor: placed with actor1
          issue("assoc_actor_1", "associate " + p.actor() + " precedes every main actor");
        } else {
          current.add(p);
        }
      } else {
        current = new ArrayList<>();
        current.add(p);
        groups.add(current);
      }
    }
    if (groups.size() > 2) {
      issue("actor2", "ACLED holds two main actors; " + (groups.size() - 2) + " more not written");
    }
    OptionalInt code1 = renderSide(groups, 0, "actor1", "assoc_actor_1", "inter1", ext, AcledExtensions.INTER1);
    OptionalInt code2 = renderSide(groups, 1, "actor2", "assoc_actor_2", "inter2", ext, AcledExtensions.INTER2);
    String interaction = ext.get(AcledExtensions.INTERACTION);
    OptionalInt interactionCode;
    if (interaction != null) {
      String cell = JsonText.toCell(interaction);
      interactionCode = AcledInterCodes.parseInteraction(cell);
      if (interactionCode.isEmpty()) {
        put("interaction", cell);
        return;
      }
    } else if (code1.isPresent() && code1.getAsInt() > 0 && groups.size() < 2) {
      interactionCode = OptionalInt.of(AcledInterCodes.interaction(code1.getAsInt(), 0));
    } else if (code1.isPresent()
        && code2.isPresent()
        && code1.getAsInt() > 0
        && code2.getAsInt() > 0) {
      interactionCode =
          OptionalInt.of(AcledInterCodes.interaction(code1.getAsInt(), code2.getAsInt()));
    } else {
      interactionCode = OptionalInt.empty();
    }
    if (interactionCode.isEmpty()) {
      put("interaction", "");
    } else if (style.interLabels()) {
      put("interaction", AcledInterCodes.interactionLabel(interactionCode.getAsInt()));
    } else {
      put("interaction", Integer.toString(interactionCode.getAsInt()));
    }
  }

  /** Renders one side; returns its inter code (0 = no actor), or empty if unknown. */
  private OptionalInt renderSide(
      List<List<Participant>> groups,
      int index,
      String actorColumn,
      String assocColumn,
      String interColumn,
      Map<String, String> ext,
      String interExtension) {
    if (index >= groups.size()) {
      put(actorColumn, "");
      put(assocColumn, "");
      put(interColumn, style.interLabels() ? "" : "0");
      return OptionalInt.of(0);
    }
    List<Participant> group = groups.get(index);
    Optional<Actor> main = actor(group.get(0).actor(), actorColumn);
    put(actorColumn, main.map(a -> a.name().text()).orElse(group.get(0).actor().value()));
    StringJoiner assoc = new StringJoiner("; ");
    for (Participant p : group.subList(1, group.size())) {
      assoc.add(actor(p.actor(), assocColumn).map(a -> a.name().text()).orElse(p.actor().value()));
    }
    put(assocColumn, assoc.toString());
    OptionalInt code = OptionalInt.empty();
    String override = ext.get(interExtension);
    if (override != null) {
      OptionalLong c = JsonText.toLong(override);
      if (c.isPresent() && c.getAsLong() >= 0 && c.getAsLong() <= 8) {
        code = OptionalInt.of((int) c.getAsLong());
      }
    } else if (main.isPresent()) {
      code = main.get().kind().acledInterCode();
    }
    if (code.isEmpty()) {
      issue(interColumn, "ACLED has no actor type for " + group.get(0).actor());
      put(interColumn, "");
    } else if (style.interLabels()) {
      put(interColumn, code.getAsInt() == 0 ? "" : AcledInterCodes.label(code.getAsInt()));
    } else {
      put(interColumn, Integer.toString(code.getAsInt()));
    }
    return code;
  }

  private void renderPlace(Incident incident) {
    for (String column : List.of("country", "admin1", "admin2", "admin3", "location", "iso", "iso3")) {
      put(column, "");
    }
    put("latitude", "");
    put("longitude", "");
    put("geo_precision", "");
    if (incident.locations().isEmpty()) {
      issue("location", "the incident has no location");
      return;
    }
    if (incident.locations().size() > 1) {
      issue(
          "location",
          "ACLED holds one location; " + (incident.locations().size() - 1) + " more not written");
    }
    Location location = incident.locations().get(0);
    put("geo_precision", Integer.toString(AcledGeoPrecision.fromCasus(location.precision())));
    Optional<GeoPoint> point = location.point();
    if (location.territory().isPresent()) {
      TerritoryId start = location.territory().get();
      Optional<Territory> first = territory(start, "location");
      if (point.isEmpty() && first.isPresent()) {
        point = first.get().point();
      }
      walkTerritories(first);
    }
    if (point.isPresent()) {
      put("latitude", Decimals.plain(point.get().latitude(), COORDINATE_DECIMALS));
      put("longitude", Decimals.plain(point.get().longitude(), COORDINATE_DECIMALS));
    } else {
      issue("latitude", "the location has no point");
    }
  }

  private void walkTerritories(Optional<Territory> first) {
    Set<TerritoryId> seen = new HashSet<>();
    Optional<Territory> t = first;
    boolean isFirst = true;
    while (t.isPresent() && seen.add(t.get().id()) && seen.size() <= MAX_PARENT_DEPTH) {
      Territory territory = t.get();
      String column =
          switch (territory.kind()) {
            case COUNTRY -> "country";
            case REGION -> "admin1";
            case DISTRICT -> "admin2";
            case SUBDISTRICT -> "admin3";
            case CITY, LOCALITY, AREA, OTHER -> isFirst ? "location" : "";
          };
      if (!column.isEmpty() && cells.getOrDefault(column, "").isEmpty()) {
        put(column, territory.name().text());
      }
      if (territory.kind() == dev.casus.core.territory.TerritoryKind.COUNTRY) {
        String iso = territory.extensions().get(AcledExtensions.ISO);
        put("iso", iso == null ? "" : JsonText.toCell(iso));
        put(
            "iso3",
            territory.externalIds().stream()
                .filter(id -> id.scheme() == IdScheme.ISO_3166_1_ALPHA3)
                .map(ExternalId::value)
                .findFirst()
                .orElse(""));
      }
      isFirst = false;
      t = territory.parent().isPresent() ? territory(territory.parent().get(), "country") : Optional.empty();
    }
  }

  private void renderSources(List<SourceId> sources) {
    StringJoiner joined = new StringJoiner("; ");
    for (SourceId id : sources) {
      Optional<Source> s = lookup.source(id);
      if (s.isEmpty()) {
        issue("source", "source " + id + " is not in the feed; its id is written");
      }
      joined.add(
          s.flatMap(Source::publisher).or(() -> s.flatMap(Source::title)).orElse(id.value()));
    }
    put("source", joined.toString());
  }

  private static String fatalities(List<CasualtyReport> reports) {
    for (CasualtyReport report : reports) {
      long total = 0;
      boolean any = false;
      for (CasualtyFigure f : report.figures()) {
        if (f.outcome() == CasualtyOutcome.KILLED) {
          total += f.count().low();
          any = true;
        }
      }
      if (any) {
        return Long.toString(total);
      }
    }
    return "";
  }

  private Optional<Actor> actor(ActorId id, String column) {
    Optional<Actor> a = lookup.actor(id);
    if (a.isEmpty()) {
      issue(column, "actor " + id + " is not in the feed; its id is written as the name");
    }
    return a;
  }

  private Optional<Territory> territory(TerritoryId id, String column) {
    Optional<Territory> t = lookup.territory(id);
    if (t.isEmpty()) {
      issue(column, "territory " + id + " is not in the feed");
    }
    return t;
  }

  private static String extCell(Map<String, String> ext, String name) {
    String json = ext.get(name);
    return json == null ? "" : JsonText.toCell(json);
  }

  private void put(String column, String value) {
    cells.put(column, value);
  }

  private void issue(String column, String message) {
    issues.add(new Issue(column, message, false));
  }
}
