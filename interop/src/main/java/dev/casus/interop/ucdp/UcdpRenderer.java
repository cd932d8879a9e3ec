package dev.casus.interop.ucdp;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.EventType;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.interop.precision.UcdpDatePrecision;
import dev.casus.interop.precision.UcdpDates;
import dev.casus.interop.precision.UcdpWherePrecision;
import dev.casus.interop.support.Decimals;
import dev.casus.interop.support.EntityLookup;
import dev.casus.interop.support.JsonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Writes one incident (with its casualty reports) as the cells of a GED row. Shared by the writer
 * and by the reader, which renders each row it reads and keeps verbatim any cell that would not
 * come back the same.
 */
final class UcdpRenderer {

  /** A loss found while rendering; fatal ones prevent the row from being written. */
  record Issue(String column, String message, boolean fatal) {}

  /** The cells of one row, by column, and what could not be expressed. */
  record Rendered(Map<String, String> cells, List<Issue> issues) {
    boolean fatal() {
      return issues.stream().anyMatch(Issue::fatal);
    }
  }

  static final String TOTAL = "total";
  static final String BY_GROUP = "by-group";
  private static final int MAX_PARENT_DEPTH = 16;

  private final EntityLookup lookup;
  private final String dateSuffix;
  private final Map<String, String> cells = new HashMap<>();
  private final List<Issue> issues = new ArrayList<>();

  private UcdpRenderer(EntityLookup lookup, String dateSuffix) {
    this.lookup = lookup;
    this.dateSuffix = dateSuffix;
  }

  static Rendered render(
      Incident incident, List<CasualtyReport> reports, EntityLookup lookup, String dateSuffix) {
    UcdpRenderer r = new UcdpRenderer(lookup, dateSuffix);
    for (String column : UcdpGedColumns.ALL) {
      r.cells.put(column, "");
    }
    r.renderIncident(incident, reports);
    return new Rendered(Map.copyOf(r.cells), List.copyOf(r.issues));
  }

  private void renderIncident(Incident incident, List<CasualtyReport> reports) {
    Map<String, String> ext = incident.extensions();
    Optional<String> id =
        incident.externalIds().stream()
            .filter(x -> x.scheme() == IdScheme.UCDP_GED)
            .map(ExternalId::value)
            .findFirst();
    if (id.isEmpty()) {
      issue("id", "the incident has no UCDP GED id (external id scheme ucdp_ged)");
    }
    cells.put("id", id.orElse(""));
    for (String column : UcdpGedColumns.KEPT) {
      String json = ext.get(UcdpGedColumns.extension(column));
      if (json != null) {
        cells.put(column, JsonText.toCell(json));
      }
    }
    if (cells.getOrDefault("type_of_violence", "").isEmpty()) {
      cells.put("type_of_violence", Integer.toString(typeOfViolence(incident)));
    }
    renderTime(incident, ext);
    List<Actor> sides = renderSides(incident);
    renderPlace(incident, ext);
    renderSources(incident.sources());
    renderDeaths(reports, sides);
    for (Map.Entry<String, String> e : ext.entrySet()) {
      if (e.getKey().startsWith(UcdpExtensions.RAW_PREFIX)) {
        cells.put(
            e.getKey().substring(UcdpExtensions.RAW_PREFIX.length()), JsonText.toCell(e.getValue()));
      }
    }
    if (cells.getOrDefault("date_start", "").isEmpty()) {
      issues.add(
          new Issue(
              "date_start",
              "GED cannot express the time " + incident.time().toEdtf() + "; row not written",
              true));
    }
  }

  /** UCDP's type of violence for an incident that has no extension for it. */
  private int typeOfViolence(Incident incident) {
    EventType event = incident.type().eventType();
    if (event == EventType.VIOLENCE_AGAINST_CIVILIANS || incident.type() == IncidentType.ATTACK) {
      return 3;
    }
    for (Participant p : incident.participants()) {
      Optional<Actor> a = lookup.actor(p.actor());
      if (a.isPresent()
          && (a.get().kind() == ActorKind.STATE
              || a.get().kind() == ActorKind.STATE_FORCES
              || a.get().kind() == ActorKind.GOVERNMENT_BODY)) {
        return 1;
      }
    }
    return 2;
  }

  private void renderTime(Incident incident, Map<String, String> ext) {
    Optional<UcdpDates> dates = UcdpDatePrecision.fromEdtf(incident.time());
    if (dates.isEmpty()) {
      return;
    }
    cells.put("date_start", dates.get().start() + dateSuffix);
    cells.put("date_end", dates.get().end() + dateSuffix);
    cells.put("year", Integer.toString(dates.get().start().getYear()));
    String kept = ext.get(UcdpExtensions.DATE_PREC);
    cells.put(
        "date_prec",
        kept != null ? JsonText.toCell(kept) : Integer.toString(dates.get().datePrec()));
  }

  private List<Actor> renderSides(Incident incident) {
    List<Participant> main = new ArrayList<>();
    for (Participant p : incident.participants()) {
      if (p.certainty() != Certainty.DENIED && p.role() != ParticipantRole.ASSOCIATE) {
        main.add(p);
      }
    }
    if (main.size() > 2) {
      issue("side_b", "GED holds two sides; " + (main.size() - 2) + " more actors not written");
    }
    List<Actor> sides = new ArrayList<>();
    String[] letters = {"a", "b"};
    for (int i = 0; i < Math.min(2, main.size()); i++) {
      String side = "side_" + letters[i];
      ActorId id = main.get(i).actor();
      Optional<Actor> actor = lookup.actor(id);
      if (actor.isEmpty()) {
        issue(side, "actor " + id + " is not in the feed; its id is written as the name");
        cells.put(side, id.value());
        continue;
      }
      Actor a = actor.get();
      sides.add(a);
      cells.put(side, a.name().text());
      cells.put(side + "_new_id", extCell(a.extensions(), UcdpExtensions.ACTOR_NEW_ID));
      cells.put(side + "_dset_id", extCell(a.extensions(), UcdpExtensions.ACTOR_DSET_ID));
      cells.put("gwno" + letters[i], extCell(a.extensions(), UcdpExtensions.ACTOR_GWNO));
    }
    return sides;
  }

  private void renderPlace(Incident incident, Map<String, String> ext) {
    if (incident.locations().isEmpty()) {
      issue("where_coordinates", "the incident has no location");
      return;
    }
    if (incident.locations().size() > 1) {
      issue(
          "where_coordinates",
          "GED holds one location; " + (incident.locations().size() - 1) + " more not written");
    }
    Location location = incident.locations().get(0);
    String kept = ext.get(UcdpExtensions.WHERE_PREC);
    cells.put(
        "where_prec",
        kept != null
            ? JsonText.toCell(kept)
            : Integer.toString(UcdpWherePrecision.fromCasus(location.precision())));
    cells.put("where_description", location.description().orElse(""));
    Optional<GeoPoint> point = location.point();
    if (location.territory().isPresent()) {
      Optional<Territory> place = territory(location.territory().get());
      if (place.isPresent()) {
        cells.put("where_coordinates", place.get().name().text());
        if (point.isEmpty()) {
          point = place.get().point();
        }
      }
      walk(place);
    }
    if (point.isPresent()) {
      cells.put("latitude", Decimals.plain(point.get().latitude(), 1));
      cells.put("longitude", Decimals.plain(point.get().longitude(), 1));
    } else {
      issue("latitude", "the location has no point");
    }
  }

  private void walk(Optional<Territory> first) {
    Set<TerritoryId> seen = new HashSet<>();
    Optional<Territory> t = first;
    while (t.isPresent() && seen.add(t.get().id()) && seen.size() <= MAX_PARENT_DEPTH) {
      Territory territory = t.get();
      String column =
          territory.kind() == TerritoryKind.COUNTRY
              ? "country"
              : territory.kind() == TerritoryKind.REGION
                  ? "adm_1"
                  : territory.kind() == TerritoryKind.DISTRICT ? "adm_2" : "";
      if (!column.isEmpty() && cells.getOrDefault(column, "").isEmpty()) {
        cells.put(column, territory.name().text());
      }
      if (territory.kind() == TerritoryKind.COUNTRY) {
        cells.put("country_id", extCell(territory.extensions(), UcdpExtensions.COUNTRY_ID));
      }
      t = territory.parent().isPresent() ? territory(territory.parent().get()) : Optional.empty();
    }
  }

  private void renderSources(List<SourceId> sources) {
    StringJoiner joined = new StringJoiner(";");
    for (SourceId id : sources) {
      Optional<Source> s = lookup.source(id);
      if (s.isEmpty()) {
        issue("source_office", "source " + id + " is not in the feed; its id is written");
      }
      joined.add(
          s.flatMap(Source::publisher).or(() -> s.flatMap(Source::title)).orElse(id.value()));
    }
    cells.put("source_office", joined.toString());
  }

  private void renderDeaths(List<CasualtyReport> reports, List<Actor> sides) {
    Optional<CasualtyReport> total = marked(reports, TOTAL);
    Optional<CasualtyReport> byGroup = marked(reports, BY_GROUP);
    if (total.isEmpty() && byGroup.isEmpty()) {
      // A report written by someone else: take the first with deaths for both parts.
      for (CasualtyReport r : reports) {
        if (r.figures().stream().anyMatch(f -> f.outcome() == CasualtyOutcome.KILLED)) {
          total = Optional.of(r);
          byGroup = Optional.of(r);
          break;
        }
      }
    }
    total.ifPresent(this::renderTotal);
    byGroup.ifPresent(r -> renderGroups(r, sides));
  }

  private static Optional<CasualtyReport> marked(List<CasualtyReport> reports, String figures) {
    String wanted = JsonText.string(figures);
    return reports.stream()
        .filter(r -> wanted.equals(r.extensions().get(UcdpExtensions.FIGURES)))
        .findFirst();
  }

  private void renderTotal(CasualtyReport report) {
    long low = 0;
    long best = 0;
    long high = 0;
    boolean open = false;
    boolean any = false;
    for (CasualtyFigure f : report.figures()) {
      if (f.outcome() != CasualtyOutcome.KILLED) {
        continue;
      }
      any = true;
      Estimate e = f.count();
      low += e.low();
      best += e.best().orElse(e.low());
      if (e.high().isPresent()) {
        high += e.high().getAsLong();
      } else {
        open = true;
      }
    }
    if (!any) {
      return;
    }
    cells.put("low", Long.toString(low));
    cells.put("best", Long.toString(best));
    if (open) {
      issue("high", "the count has no upper bound; best written as high");
      high = Math.max(high, best);
    }
    cells.put("high", Long.toString(high));
  }

  private void renderGroups(CasualtyReport report, List<Actor> sides) {
    Map<String, Long> deaths = new HashMap<>();
    for (CasualtyFigure f : report.figures()) {
      if (f.outcome() != CasualtyOutcome.KILLED) {
        continue;
      }
      String column;
      if (f.side().isPresent()) {
        ActorId side = f.side().get();
        if (!sides.isEmpty() && sides.get(0).id().equals(side)) {
          column = "deaths_a";
        } else if (sides.size() > 1 && sides.get(1).id().equals(side)) {
          column = "deaths_b";
        } else {
          issue("deaths_unknown", "deaths on side " + side + ", which is no side of the row, counted as unknown");
          column = "deaths_unknown";
        }
      } else if (f.group() == CasualtyGroup.CIVILIAN) {
        column = "deaths_civilians";
      } else {
        column = "deaths_unknown";
      }
      Estimate e = f.count();
      deaths.merge(column, e.best().orElse(e.low()), Long::sum);
    }
    deaths.forEach((column, n) -> cells.put(column, Long.toString(n)));
  }

  private Optional<Territory> territory(TerritoryId id) {
    Optional<Territory> t = lookup.territory(id);
    if (t.isEmpty()) {
      issue("where_coordinates", "territory " + id + " is not in the feed");
    }
    return t;
  }

  private static String extCell(Map<String, String> ext, String name) {
    String json = ext.get(name);
    return json == null ? "" : JsonText.toCell(json);
  }

  private void issue(String column, String message) {
    issues.add(new Issue(column, message, false));
  }
}
