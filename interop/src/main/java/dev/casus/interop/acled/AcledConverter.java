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
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import dev.casus.interop.precision.AcledGeoPrecision;
import dev.casus.interop.precision.AcledTimePrecision;
import dev.casus.interop.support.CsvRow;
import dev.casus.interop.support.EntityLookup;
import dev.casus.interop.support.EntityStream;
import dev.casus.interop.support.JsonText;
import dev.casus.interop.support.Registry;
import dev.casus.interop.support.RowFailure;
import dev.casus.interop.support.Slugs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Converts one ACLED row into Casus entities, deduplicating actors, places and sources. */
final class AcledConverter implements EntityStream.Converter, EntityLookup {

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
  private static final int PLACE_SLUG = 40;
  private static final List<String> PLACE_COLUMNS =
      List.of("country", "admin1", "admin2", "admin3", "location");
  private static final List<TerritoryKind> PLACE_KINDS =
      List.of(
          TerritoryKind.COUNTRY,
          TerritoryKind.REGION,
          TerritoryKind.DISTRICT,
          TerritoryKind.SUBDISTRICT,
          TerritoryKind.LOCALITY);

  private final List<String> header;
  private final AcledStyle style;
  private final Registry<String, Source> sources = new Registry<>();
  private final Registry<String, Actor> actors = new Registry<>();
  private final Registry<List<String>, Territory> territories = new Registry<>();

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
    int timePrecision = code(row, "time_precision", 1, 3);
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
    double latitude = coordinate(row, "latitude", 90);
    double longitude = coordinate(row, "longitude", 180);
    GeoPoint point = GeoPoint.of(latitude, longitude);
    int geoPrecision = code(row, "geo_precision", 1, 3);
    OptionalInt inter1 = inter(row, "inter1");
    OptionalInt inter2 = inter(row, "inter2");
    Optional<Long> fatalities = fatalities(row);
    if (row.get("country").isBlank()) {
      throw new RowFailure("country", "missing: every ACLED event has a country");
    }

    List<SourceId> sourceIds = new ArrayList<>();
    for (String name : split(row.get("source"))) {
      sourceIds.add(SourceId.of(source(name)));
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
        fatalities.map(
            n ->
                CasualtyReport.builder()
                    .id(CasualtyReportId.of(REPORT_PREFIX + eventId))
                    .incident(incidentId)
                    .addFigure(
                        CasualtyFigure.of(
                            CasualtyOutcome.KILLED, CasualtyGroup.UNKNOWN, Estimate.atLeast(n)))
                    .sources(sourceIds)
                    .notes(FATALITY_NOTES)
                    .build());

    // Render the row back; keep verbatim every cell that would not come back the same.
    AcledRenderer.Rendered rendered =
        AcledRenderer.render(built, report.map(List::of).orElse(List.of()), this, style);
    Map<String, String> raw = new LinkedHashMap<>();
    for (String column : header) {
      if (!AcledColumns.isKnown(column)) {
        continue;
      }
      String cell = row.get(column);
      if (!cell.equals(rendered.cells().getOrDefault(column, ""))) {
        raw.put(AcledExtensions.RAW_PREFIX + column, JsonText.string(cell));
      }
    }
    if (!raw.isEmpty()) {
      built = Incident.builder().from(built).putAllExtensions(raw).build();
    }

    List<Entity> out = new ArrayList<>();
    out.addAll(sources.commit());
    out.addAll(actors.commit());
    out.addAll(territories.commit());
    out.add(built);
    report.ifPresent(out::add);
    return out;
  }

  @Override
  public void rollback() {
    sources.rollback();
    actors.rollback();
    territories.rollback();
  }

  // ---- EntityLookup over everything seen so far, for rendering ----

  @Override
  public Optional<Actor> actor(ActorId id) {
    return actors.get(id.value());
  }

  @Override
  public Optional<Territory> territory(TerritoryId id) {
    return territories.get(id.value());
  }

  @Override
  public Optional<Source> source(SourceId id) {
    return sources.get(id.value());
  }

  // ---- cells ----

  private static int code(CsvRow row, String column, int min, int max) throws RowFailure {
    String cell = row.get(column).strip();
    if (!cell.matches("[0-9]{1,2}")
        || Integer.parseInt(cell) < min
        || Integer.parseInt(cell) > max) {
      throw new RowFailure(
          column, "must be a code from " + min + " to " + max + ", got \"" + row.get(column) + "\"");
    }
    return Integer.parseInt(cell);
  }

  private static double coordinate(CsvRow row, String column, double limit) throws RowFailure {
    String cell = row.get(column).strip();
    double value;
    try {
      value = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (!Double.isFinite(value) || value < -limit || value > limit || cell.matches(".*[a-zA-Z].*")) {
      throw new RowFailure(
          column,
          "must be a number in [-" + (int) limit + ", " + (int) limit + "], got \"" + row.get(column) + "\"");
    }
    return value;
  }

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

  private static Optional<Long> fatalities(CsvRow row) throws RowFailure {
    String cell = row.get("fatalities").strip();
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    if (!cell.matches("[0-9]{1,15}")) {
      throw new RowFailure(
          "fatalities", "must be a whole number >= 0, got \"" + row.get("fatalities") + "\"");
    }
    return Optional.of(Long.parseLong(cell));
  }

  private static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    for (String part : cell.split(";")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts;
  }

  private static void putCell(Map<String, String> ext, CsvRow row, String column, String name) {
    String cell = row.get(column);
    if (!cell.isEmpty()) {
      ext.put(name, JsonText.fromCell(cell));
    }
  }

  // ---- entities ----

  private String source(String name) throws RowFailure {
    try {
      return sources.idFor(
          name,
          SOURCE_PREFIX + Slugs.slug(name, NAME_SLUG),
          id ->
              Source.builder().id(SourceId.of(id)).kind(SourceKind.OTHER).publisher(name).build());
    } catch (IllegalArgumentException e) {
      throw new RowFailure("source", String.valueOf(e.getMessage()));
    }
  }

  private String actor(String name, ActorKind kind, String column) throws RowFailure {
    try {
      return actors.idFor(
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
      ActorKind actual = actors.get(id).orElseThrow().kind();
      OptionalInt own = actual.acledInterCode();
      if (inter.isPresent() && (own.isEmpty() || own.getAsInt() != inter.getAsInt())) {
        ext.put(side == 1 ? AcledExtensions.INTER1 : AcledExtensions.INTER2,
            Integer.toString(inter.getAsInt()));
      }
    } else if (inter.isPresent() && inter.getAsInt() != 0) {
      throw new RowFailure(interColumn, "an actor type without an actor in " + actorColumn);
    }
    String assocColumn = "assoc_actor_" + side;
    for (String assoc : split(row.get(assocColumn))) {
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
    List<String> path = new ArrayList<>();
    StringBuilder slug = new StringBuilder(TERRITORY_PREFIX);
    Optional<TerritoryId> parent = Optional.empty();
    for (int level = 0; level < PLACE_COLUMNS.size(); level++) {
      String column = PLACE_COLUMNS.get(level);
      String name = row.get(column).strip();
      path.add(name);
      if (name.isEmpty()) {
        continue;
      }
      if (slug.length() > TERRITORY_PREFIX.length()) {
        slug.append('-');
      }
      slug.append(Slugs.slug(name, PLACE_SLUG));
      List<String> key = new ArrayList<>(path);
      key.add(0, Integer.toString(level));
      TerritoryKind kind = PLACE_KINDS.get(level);
      Optional<TerritoryId> up = parent;
      boolean isLocation = level == PLACE_COLUMNS.size() - 1;
      try {
        String id =
            territories.idFor(
                List.copyOf(key),
                slug.toString(),
                tid -> {
                  ImmutableTerritory.Builder t =
                      Territory.builder().id(TerritoryId.of(tid)).kind(kind).name(Name.of(name));
                  up.ifPresent(t::parent);
                  if (isLocation) {
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
                  return t.build();
                });
        parent = Optional.of(TerritoryId.of(id));
      } catch (IllegalArgumentException e) {
        throw new RowFailure(column, String.valueOf(e.getMessage()));
      }
    }
    return parent.orElseThrow(() -> new RowFailure("country", "missing"));
  }
}
