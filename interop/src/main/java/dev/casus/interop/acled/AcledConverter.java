package dev.casus.interop.acled;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.entity.Entity;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.EventType;
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
import dev.casus.interop.precision.AcledGeoPrecision;
import dev.casus.interop.precision.AcledTimePrecision;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Converts one ACLED row into Casus entities, deduplicating actors, places and sources. */
final class AcledConverter implements EntityStream.Converter {

  static final String INCIDENT_PREFIX = "inc-acled-";
  static final String REPORT_PREFIX = "cr-acled-";
  static final String ACTOR_PREFIX = "act-acled-";
  static final String SOURCE_PREFIX = "src-acled-";
  static final String TERRITORY_PREFIX = "ter-acled-";
  static final String FATALITY_NOTES =
      "ACLED fatalities: the most conservative figure ACLED found in its sources, read as a lower"
          + " bound. ACLED codes 0 both when no one was reported killed and when the toll is"
          + " unknown.";

  private static final int NAME_SLUG = 60;
  private static final PlaceHierarchy PLACES =
      new PlaceHierarchy(
          List.of("country", "admin1", "admin2", "admin3", "location"), TERRITORY_PREFIX, false);
  private static final List<TerritoryKind> PLACE_KINDS =
      List.of(
          TerritoryKind.COUNTRY,
          TerritoryKind.REGION,
          TerritoryKind.DISTRICT,
          TerritoryKind.SUBDISTRICT,
          TerritoryKind.LOCALITY);

  private final List<String> header;
  private final AcledStyle style;
  private final SeenEntities seen = new SeenEntities();

  AcledConverter(List<String> header, AcledStyle style) {
    this.header = header;
    this.style = style;
  }

  @Override
  public List<Entity> convert(CsvRow row) throws RowFailure {
    String eventId = row.get("event_id_cnty").strip();
    if (eventId.isEmpty()) {
      throw new RowFailure("event_id_cnty", "missing: every ACLED event needs an event_id_cnty");
    }
    if (!IdScheme.ACLED.isValid(eventId)) {
      throw new RowFailure(
          "event_id_cnty",
          "\"" + eventId + "\" is not an ACLED event id: " + IdScheme.ACLED.describeSyntax());
    }
    LocalDate date =
        AcledStyle.parseDate(row.get("event_date"))
            .orElseThrow(
                () ->
                    new RowFailure(
                        "event_date",
                        "not a date: \""
                            + row.get("event_date")
                            + "\" (expected yyyy-MM-dd or d MMMM yyyy)"));
    int timePrecision = RowCells.code(row, "time_precision", 1, 3);
    EdtfTime time;
    try {
      time = AcledTimePrecision.toEdtf(date, timePrecision);
    } catch (IllegalArgumentException e) {
      throw new RowFailure("event_date", String.valueOf(e.getMessage()));
    }
    IncidentType type =
        IncidentType.fromAcledLabel(row.get("sub_event_type"))
            .orElseThrow(
                () ->
                    new RowFailure(
                        "sub_event_type",
                        "unknown ACLED sub-event type \"" + row.get("sub_event_type") + "\""));
    double latitude = RowCells.coordinate(row, "latitude", 90);
    double longitude = RowCells.coordinate(row, "longitude", 180);
    GeoPoint point = GeoPoint.of(latitude, longitude);
    int geoPrecision = RowCells.code(row, "geo_precision", 1, 3);
    OptionalInt inter1 = inter(row, "inter1");
    OptionalInt inter2 = inter(row, "inter2");
    OptionalLong fatalities = RowCells.count(row, "fatalities");
    if (row.get("country").isBlank()) {
      throw new RowFailure("country", "missing: every ACLED event has a country");
    }

    List<SourceId> sourceIds = new ArrayList<>();
    for (String name : RowCells.split(row.get("source"))) {
      sourceIds.add(SourceId.of(seen.source(name, SOURCE_PREFIX, "source")));
    }
    List<Participant> participants = new ArrayList<>();
    Map<String, String> ext = new LinkedHashMap<>();
    addSide(row, type, 1, inter1, participants, ext);
    addSide(row, type, 2, inter2, participants, ext);
    TerritoryId place = territories(row, point);

    ImmutableIncident.Builder incident =
        Incident.builder()
            .id(IncidentId.of(INCIDENT_PREFIX + eventId))
            .type(type)
            .time(time)
            .addLocation(
                Location.builder()
                    .territory(place)
                    .point(point)
                    .precision(AcledGeoPrecision.toCasus(geoPrecision))
                    .build())
            .participants(participants)
            .sources(sourceIds)
            .addExternalId(ExternalId.acled(eventId));
    String notes = row.get("notes");
    if (!notes.isBlank()) {
      try {
        incident.summary(notes);
        incident.build();
      } catch (IllegalArgumentException e) {
        throw new RowFailure("notes", String.valueOf(e.getMessage()));
      }
    }
    putCell(ext, row, "disorder_type", AcledExtensions.DISORDER_TYPE);
    putCell(ext, row, "civilian_targeting", AcledExtensions.CIVILIAN_TARGETING);
    putCell(ext, row, "region", AcledExtensions.REGION);
    putCell(ext, row, "source_scale", AcledExtensions.SOURCE_SCALE);
    putCell(ext, row, "interaction", AcledExtensions.INTERACTION);
    AcledTimePrecision.keptDay(date, timePrecision)
        .ifPresent(d -> ext.put(AcledExtensions.EVENT_DATE, JsonText.string(d.toString())));
    putCell(ext, row, "tags", AcledExtensions.TAGS);
    putCell(ext, row, "timestamp", AcledExtensions.TIMESTAMP);
    putCell(ext, row, "data_id", AcledExtensions.DATA_ID);
    putCell(ext, row, "event_id_no_cnty", AcledExtensions.EVENT_ID_NO_CNTY);
    for (String column : header) {
      if (!AcledColumns.isKnown(column) && !row.get(column).isEmpty() && !column.isEmpty()) {
        ext.put(AcledExtensions.COLUMN_PREFIX + column, JsonText.fromCell(row.get(column)));
      }
    }
    incident.putAllExtensions(ext);
    Incident built = incident.build();
    IncidentId incidentId = built.id();

    Optional<CasualtyReport> report =
        fatalities.isEmpty()
            ? Optional.empty()
            : Optional.of(
                CasualtyReport.builder()
                    .id(CasualtyReportId.of(REPORT_PREFIX + eventId))
                    .incident(incidentId)
                    .addFigure(
                        CasualtyFigure.of(
                            CasualtyOutcome.KILLED,
                            CasualtyGroup.UNKNOWN,
                            Estimate.atLeast(fatalities.getAsLong())))
                    .sources(sourceIds)
                    .notes(FATALITY_NOTES)
                    .build());

    // Render the row back; keep verbatim every cell that would not come back the same.
    AcledRenderer.Rendered rendered =
        AcledRenderer.render(built, report.map(List::of).orElse(List.of()), seen, style);
    built =
        VerbatimCells.keepDiffering(
            built,
            row,
            header,
            AcledColumns::isKnown,
            rendered.cells(),
            AcledExtensions.RAW_PREFIX);

    List<Entity> out = new ArrayList<>(seen.commit());
    out.add(built);
    report.ifPresent(out::add);
    return out;
  }

  @Override
  public void rollback() {
    seen.rollback();
  }

  // ---- cells ----

  private static OptionalInt inter(CsvRow row, String column) throws RowFailure {
    String cell = row.get(column);
    if (cell.isBlank()) {
      return OptionalInt.empty();
    }
    OptionalInt code = AcledInterCodes.parse(cell);
    if (code.isEmpty()) {
      throw new RowFailure(
          column, "not an ACLED actor type (a code 0-8 or a label such as \"State forces\"): \"" + cell + "\"");
    }
    return code;
  }

  private static void putCell(Map<String, String> ext, CsvRow row, String column, String name) {
    String cell = row.get(column);
    if (!cell.isEmpty()) {
      ext.put(name, JsonText.fromCell(cell));
    }
  }

  // ---- entities ----

  private String actor(String name, ActorKind kind, String column) throws RowFailure {
    try {
      return seen.actors().idFor(
          name,
          ACTOR_PREFIX + Slugs.slug(name, NAME_SLUG),
          id -> Actor.builder().id(ActorId.of(id)).kind(kind).name(Name.of(name)).build());
    } catch (IllegalArgumentException e) {
      throw new RowFailure(column, String.valueOf(e.getMessage()));
    }
  }

  private void addSide(
      CsvRow row,
      IncidentType type,
      int side,
      OptionalInt inter,
      List<Participant> participants,
      Map<String, String> ext)
      throws RowFailure {
    String actorColumn = "actor" + side;
    String name = row.get(actorColumn).strip();
    String interColumn = "inter" + side;
    if (!name.isEmpty()) {
      ActorKind kind =
          inter.isPresent() && inter.getAsInt() >= 1
              ? ActorKind.fromAcledInterCode(inter.getAsInt())
              : ActorKind.OTHER;
      String id = actor(name, kind, actorColumn);
      participants.add(
          Participant.of(ActorId.of(id), role(type, side), Certainty.UNKNOWN));
      ActorKind actual = seen.actors().get(id).orElseThrow().kind();
      OptionalInt own = actual.acledInterCode();
      if (inter.isPresent() && (own.isEmpty() || own.getAsInt() != inter.getAsInt())) {
        ext.put(side == 1 ? AcledExtensions.INTER1 : AcledExtensions.INTER2,
            Integer.toString(inter.getAsInt()));
      }
    } else if (inter.isPresent() && inter.getAsInt() != 0) {
      throw new RowFailure(interColumn, "an actor type without an actor in " + actorColumn);
    }
    String assocColumn = "assoc_actor_" + side;
    for (String assoc : RowCells.split(row.get(assocColumn))) {
      String id = actor(assoc, ActorKind.OTHER, assocColumn);
      participants.add(
          Participant.of(ActorId.of(id), ParticipantRole.ASSOCIATE, Certainty.UNKNOWN));
    }
  }

  /**
   * The role of ACLED's actor1 (side 1) or actor2 (side 2). ACLED says its actors imply no
   * direction; Casus reads one only where the sub-event type defines it.
   */
  static ParticipantRole role(IncidentType type, int side) {
    EventType event = type.eventType();
    switch (event) {
      case BATTLES:
        return ParticipantRole.PARTICIPANT;
      case EXPLOSIONS_REMOTE_VIOLENCE:
      case VIOLENCE_AGAINST_CIVILIANS:
        return side == 1 ? ParticipantRole.PERPETRATOR : ParticipantRole.TARGET;
      case PROTESTS:
        if (side == 1 || type == IncidentType.PEACEFUL_PROTEST) {
          return ParticipantRole.PARTICIPANT;
        }
        return ParticipantRole.INTERVENER;
      case RIOTS:
        if (side == 1) {
          return ParticipantRole.PERPETRATOR;
        }
        return type == IncidentType.MOB_VIOLENCE
            ? ParticipantRole.TARGET
            : ParticipantRole.PARTICIPANT;
      case STRATEGIC_DEVELOPMENTS:
        if (type == IncidentType.ARRESTS || type == IncidentType.LOOTING_PROPERTY_DESTRUCTION) {
          return side == 1 ? ParticipantRole.PERPETRATOR : ParticipantRole.TARGET;
        }
        return ParticipantRole.PARTICIPANT;
    }
    throw new AssertionError(event);
  }

  /** Registers the place hierarchy of a row and returns its most specific territory. */
  private TerritoryId territories(CsvRow row, GeoPoint point) throws RowFailure {
    return PLACES.register(
        seen.territories(),
        row,
        PLACE_KINDS,
        (t, kind, place) -> {
          if (place) {
            t.point(point);
          }
          if (kind == TerritoryKind.COUNTRY) {
            String iso3 = row.get("iso3").strip();
            if (IdScheme.ISO_3166_1_ALPHA3.isValid(iso3)) {
              t.addExternalId(ExternalId.iso3166Alpha3(iso3));
            }
            String iso = row.get("iso");
            if (!iso.isEmpty()) {
              t.putExtension(AcledExtensions.ISO, JsonText.fromCell(iso));
            }
          }
        });
  }
}
