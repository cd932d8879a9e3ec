package dev.casus.interop.ucdp;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.ImmutableActor;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ImmutableCasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.ImmutableLocation;
import dev.casus.core.geo.Location;
import dev.casus.core.geo.LocationPrecision;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.name.Name;
import dev.casus.core.source.SourceId;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import dev.casus.interop.precision.UcdpDatePrecision;
import dev.casus.interop.precision.UcdpWherePrecision;
import dev.casus.interop.support.CsvRow;
import dev.casus.interop.support.EntityStream;
import dev.casus.interop.support.JsonText;
import dev.casus.interop.support.PlaceHierarchy;
import dev.casus.interop.support.RowCells;
import dev.casus.interop.support.RowFailure;
import dev.casus.interop.support.SeenEntities;
import dev.casus.interop.support.VerbatimCells;
import dev.casus.interop.support.Slugs;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Converts one GED row into Casus entities, deduplicating actors, places and sources. */
final class UcdpConverter implements EntityStream.Converter {

  static final String INCIDENT_PREFIX = "inc-ucdp-";
  static final String REPORT_PREFIX = "cr-ucdp-";
  static final String ACTOR_PREFIX = "act-ucdp-";
  static final String SOURCE_PREFIX = "src-ucdp-";
  static final String TERRITORY_PREFIX = "ter-ucdp-";
  static final String TOTAL_NOTES =
      "UCDP GED low, best and high estimates of all deaths in the event: both sides, civilians"
          + " and persons of unknown status together.";
  static final String BY_GROUP_NOTES =
      "UCDP GED best estimates by group: deaths of side A and of side B (combatants of each"
          + " side), of civilians, and of persons of unknown status. UCDP gives no low or high"
          + " per group.";

  private static final int NAME_SLUG = 60;
  private static final PlaceHierarchy PLACES =
      new PlaceHierarchy(
          List.of("country", "adm_1", "adm_2", "where_coordinates"), TERRITORY_PREFIX, true);

  private final List<String> header;
  private final String dateSuffix;
  private final SeenEntities seen = new SeenEntities();

  UcdpConverter(List<String> header, String dateSuffix) {
    this.header = header;
    this.dateSuffix = dateSuffix;
  }

  @Override
  public List<Entity> convert(CsvRow row) throws RowFailure {
    String idCell = row.get("id").strip();
    if (idCell.isEmpty()) {
      throw new RowFailure("id", "missing: every GED event needs an id");
    }
    if (!IdScheme.UCDP_GED.isValid(idCell)) {
      throw new RowFailure("id", "\"" + idCell + "\" is not a GED id: " + IdScheme.UCDP_GED.describeSyntax());
    }
    int typeOfViolence = RowCells.code(row, "type_of_violence", 1, 3);
    LocalDate start = date(row, "date_start");
    LocalDate end = date(row, "date_end");
    if (end.isBefore(start)) {
      throw new RowFailure("date_end", "ends before date_start " + start + ": " + end);
    }
    EdtfTime time;
    try {
      time = UcdpDatePrecision.toEdtf(start, end);
    } catch (IllegalArgumentException e) {
      throw new RowFailure("date_start", String.valueOf(e.getMessage()));
    }
    Optional<Integer> datePrec =
        row.get("date_prec").isBlank()
            ? Optional.empty()
            : Optional.of(RowCells.code(row, "date_prec", 1, 5));
    int wherePrec = RowCells.code(row, "where_prec", 1, 7);
    GeoPoint point =
        GeoPoint.of(
            RowCells.coordinate(row, "latitude", 90), RowCells.coordinate(row, "longitude", 180));
    long best = RowCells.count(row, "best").orElseThrow(() -> new RowFailure("best", "missing"));
    long low = RowCells.count(row, "low").orElseThrow(() -> new RowFailure("low", "missing"));
    long high = RowCells.count(row, "high").orElseThrow(() -> new RowFailure("high", "missing"));
    if (low > best) {
      throw new RowFailure("low", "low " + low + " is above best " + best);
    }
    if (best > high) {
      throw new RowFailure("high", "high " + high + " is below best " + best);
    }
    OptionalLong deathsA = RowCells.count(row, "deaths_a");
    OptionalLong deathsB = RowCells.count(row, "deaths_b");
    OptionalLong deathsCivilians = RowCells.count(row, "deaths_civilians");
    OptionalLong deathsUnknown = RowCells.count(row, "deaths_unknown");
    if (row.get("country").isBlank()) {
      throw new RowFailure("country", "missing: every GED event has a country");
    }

    List<SourceId> sourceIds = new ArrayList<>();
    for (String name : RowCells.split(row.get("source_office"))) {
      sourceIds.add(SourceId.of(seen.source(name, SOURCE_PREFIX, "source_office")));
    }
    Optional<ActorId> sideA = side(row, "a", typeOfViolence);
    Optional<ActorId> sideB = side(row, "b", typeOfViolence);
    List<Participant> participants = new ArrayList<>();
    sideA.ifPresent(
        a ->
            participants.add(
                Participant.of(
                    a,
                    typeOfViolence == 3 ? ParticipantRole.PERPETRATOR : ParticipantRole.PARTICIPANT,
                    Certainty.UNKNOWN)));
    sideB.ifPresent(
        b ->
            participants.add(
                Participant.of(
                    b,
                    typeOfViolence == 3 ? ParticipantRole.TARGET : ParticipantRole.PARTICIPANT,
                    Certainty.UNKNOWN)));
    LocationPrecision precision = UcdpWherePrecision.toCasus(wherePrec);
    TerritoryId place = territories(row, point, wherePrec);

    ImmutableLocation.Builder location =
        Location.builder().territory(place).point(point).precision(precision);
    if (!row.get("where_description").isBlank()) {
      location.description(row.get("where_description"));
    }
    Map<String, String> ext = new LinkedHashMap<>();
    for (String column : UcdpGedColumns.KEPT) {
      String cell = row.get(column);
      if (!cell.isEmpty()) {
        ext.put(UcdpGedColumns.extension(column), JsonText.fromCell(cell));
      }
    }
    if (datePrec.isPresent() && datePrec.get() != UcdpDatePrecision.derivedCode(start, end)) {
      ext.put(UcdpExtensions.DATE_PREC, Integer.toString(datePrec.get()));
    }
    if (wherePrec != UcdpWherePrecision.fromCasus(precision)) {
      ext.put(UcdpExtensions.WHERE_PREC, Integer.toString(wherePrec));
    }
    for (String column : header) {
      if (!UcdpGedColumns.ALL.contains(column) && !column.isEmpty() && !row.get(column).isEmpty()) {
        ext.put(UcdpExtensions.COLUMN_PREFIX + column, JsonText.fromCell(row.get(column)));
      }
    }
    ImmutableIncident.Builder incident =
        Incident.builder()
            .id(IncidentId.of(INCIDENT_PREFIX + idCell))
            .type(typeOfViolence == 3 ? IncidentType.ATTACK : IncidentType.ARMED_CLASH)
            .time(time)
            .addLocation(location.build())
            .participants(participants)
            .sources(sourceIds)
            .addExternalId(ExternalId.of(IdScheme.UCDP_GED, idCell))
            .putAllExtensions(ext);
    Incident built = incident.build();

    List<CasualtyReport> reports = new ArrayList<>();
    reports.add(
        report(built.id(), idCell, sourceIds, UcdpRenderer.TOTAL, TOTAL_NOTES)
            .addFigure(
                CasualtyFigure.of(
                    CasualtyOutcome.KILLED,
                    CasualtyGroup.UNKNOWN,
                    Estimate.between(low, best, high)))
            .build());
    List<CasualtyFigure> groups = new ArrayList<>();
    addGroup(groups, deathsA, CasualtyGroup.MILITARY, sideA);
    addGroup(groups, deathsB, CasualtyGroup.MILITARY, sideB);
    addGroup(groups, deathsCivilians, CasualtyGroup.CIVILIAN, Optional.empty());
    addGroup(groups, deathsUnknown, CasualtyGroup.UNKNOWN, Optional.empty());
    if (!groups.isEmpty()) {
      try {
        reports.add(
            report(built.id(), idCell + "-by-group", sourceIds, UcdpRenderer.BY_GROUP, BY_GROUP_NOTES)
                .figures(groups)
                .build());
      } catch (IllegalArgumentException e) {
        throw new RowFailure("deaths_b", String.valueOf(e.getMessage()));
      }
    }

    UcdpRenderer.Rendered rendered = UcdpRenderer.render(built, reports, seen, dateSuffix);
    built =
        VerbatimCells.keepDiffering(
            built,
            row,
            header,
            UcdpGedColumns.ALL::contains,
            rendered.cells(),
            UcdpExtensions.RAW_PREFIX);

    List<Entity> out = new ArrayList<>(seen.commit());
    out.add(built);
    out.addAll(reports);
    return out;
  }

  @Override
  public void rollback() {
    seen.rollback();
  }

  private static ImmutableCasualtyReport.Builder report(
      IncidentId incident, String id, List<SourceId> sources, String figures, String notes) {
    return CasualtyReport.builder()
        .id(CasualtyReportId.of(REPORT_PREFIX + id))
        .incident(incident)
        .sources(sources)
        .notes(notes)
        .putExtension(UcdpExtensions.FIGURES, JsonText.string(figures));
  }

  private static void addGroup(
      List<CasualtyFigure> figures, OptionalLong count, CasualtyGroup group, Optional<ActorId> side) {
    if (count.isEmpty()) {
      return;
    }
    figures.add(
        CasualtyFigure.builder()
            .outcome(CasualtyOutcome.KILLED)
            .group(group)
            .side(side)
            .count(Estimate.approximately(count.getAsLong()))
            .build());
  }

  // ---- cells ----

  private static LocalDate date(CsvRow row, String column) throws RowFailure {
    String cell = row.get(column).strip();
    try {
      if (cell.length() >= 10 && cell.substring(10).matches("([ T][0-9:.]*)?")) {
        return LocalDate.parse(cell.substring(0, 10));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new RowFailure(
        column, "not a date: \"" + row.get(column) + "\" (expected yyyy-MM-dd, optionally with a time)");
  }

  // ---- entities ----

  private Optional<ActorId> side(CsvRow row, String letter, int typeOfViolence) throws RowFailure {
    String column = "side_" + letter;
    String name = row.get(column).strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String newId = row.get(column + "_new_id").strip();
    String dsetId = row.get(column + "_dset_id");
    String gwno = row.get("gwno" + letter);
    ActorKind kind = kind(name, letter, typeOfViolence);
    String base =
        ACTOR_PREFIX + (newId.matches("[0-9]{1,18}") ? newId : Slugs.slug(name, NAME_SLUG));
    try {
      String id =
          seen.actors().idFor(
              name,
              base,
              aid -> {
                ImmutableActor.Builder a =
                    Actor.builder().id(ActorId.of(aid)).kind(kind).name(Name.of(name));
                if (!newId.isEmpty()) {
                  a.putExtension(UcdpExtensions.ACTOR_NEW_ID, JsonText.fromCell(newId));
                }
                if (!dsetId.isEmpty()) {
                  a.putExtension(UcdpExtensions.ACTOR_DSET_ID, JsonText.fromCell(dsetId));
                }
                if (!gwno.isEmpty()) {
                  a.putExtension(UcdpExtensions.ACTOR_GWNO, JsonText.fromCell(gwno));
                }
                return a.build();
              });
      return Optional.of(ActorId.of(id));
    } catch (IllegalArgumentException e) {
      throw new RowFailure(column, String.valueOf(e.getMessage()));
    }
  }

  /**
   * The kind of a GED side: a {@code Government of ...} is a state; side B of one-sided violence
   * is civilians; side B of state-based conflict is a rebel group; anything else is not known.
   */
  static ActorKind kind(String name, String letter, int typeOfViolence) {
    if (name.startsWith("Government of ")) {
      return ActorKind.STATE;
    }
    if (typeOfViolence == 3 && letter.equals("b")) {
      return ActorKind.CIVILIANS;
    }
    if (typeOfViolence == 1 && letter.equals("b")) {
      return ActorKind.REBEL_GROUP;
    }
    return ActorKind.OTHER;
  }

  /**
   * Registers country &gt; adm_1 &gt; adm_2 &gt; place and returns the place: the territory named
   * by {@code where_coordinates}, which is the most specific administrative level itself when it
   * has that level's name.
   */
  private TerritoryId territories(CsvRow row, GeoPoint point, int wherePrec) throws RowFailure {
    List<TerritoryKind> kinds =
        List.of(
            TerritoryKind.COUNTRY,
            TerritoryKind.REGION,
            TerritoryKind.DISTRICT,
            wherePrec <= 2 ? TerritoryKind.LOCALITY : TerritoryKind.AREA);
    return PLACES.register(
        seen.territories(),
        row,
        kinds,
        (t, kind, place) -> {
          if (place && wherePrec <= 2) {
            t.point(point);
          }
          String countryId = row.get("country_id");
          if (kind == TerritoryKind.COUNTRY && !countryId.isEmpty()) {
            t.putExtension(UcdpExtensions.COUNTRY_ID, JsonText.fromCell(countryId));
          }
        });
  }
}
