package dev.casus.interop.plover;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.Territory;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfTime;
import dev.casus.interop.support.EntityLookup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes Casus incidents and statements as PLOVER event records, one JSON object per line (the JSON
 * Lines form the PLOVER manual recommends), with the event code from {@link PloverMapping}.
 *
 * <p>Each line has, in this order: {@code id} (the Casus id); {@code date} (the first day the EDTF
 * time can denote, {@code YYYY-MM-DD}); {@code enddate} (the last day, when it differs); {@code
 * date_precision} ({@code year}, {@code month}, {@code day}, {@code second} or {@code interval});
 * {@code event_type}, {@code mode}, {@code context}, {@code quad_code} (PLOVER) and {@code
 * cameo_code} (CAMEO), each when present; {@code source} and {@code recipient} (lists of actor
 * objects with {@code entity_name}, {@code wikidata_id}, {@code country_code}, {@code casus_id}
 * and, for incidents, {@code casus_certainty}); {@code event_loc} (an incident's first location:
 * {@code name}, {@code latitude}, {@code longitude}, {@code geonameid}, {@code resolution}, {@code
 * point_source}, {@code casus_territory}); {@code event_text} (the incident's summary or the
 * statement's quoted words); and {@code casus}, which keeps what PLOVER cannot say: every
 * participant with its role, its certainty and the statements (id, kind, speaker) that make the
 * attribution, so that "Azerbaijan alleges, Armenia denies" survives the export.
 *
 * <p>Incident participants that are perpetrators or sides in a clash are PLOVER sources (the manual
 * codes all sides of two-sided violence as sources); targets and victims are recipients. A
 * statement's source is the actor it was made for, or else its speaker; its recipients are its
 * addressees, the actors it is about, the actors of the statements it is about, and the actors it
 * alleges took part in an incident.
 *
 * <p>Output is deterministic: the same entities give the same bytes. Members follow the order
 * above; lists follow the order of the feed. Coordinates have at most six decimals.
 */
public final class PloverWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private PloverWriter() {}

  /**
   * A writer with the default settings.
   *
   * @return the writer
   */
  public static PloverWriter create() {
    return new PloverWriter();
  }

  /**
   * Writes the feed's incidents (in feed order), then its statements (in feed order), as PLOVER
   * JSON Lines encoded in UTF-8. The stream is flushed, not closed.
   *
   * @param feed the feed
   * @param out where to write
   * @return what was written and what was left out
   * @throws IOException if writing fails
   */
  public PloverExport write(Feed feed, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    PloverExport export = write(feed, writer);
    writer.flush();
    return export;
  }

  /**
   * Writes the feed's incidents (in feed order), then its statements (in feed order), as PLOVER
   * JSON Lines. The writer is flushed, not closed.
   *
   * @param feed the feed
   * @param out where to write
   * @return what was written and what was left out
   * @throws IOException if writing fails
   */
  public PloverExport write(Feed feed, Writer out) throws IOException {
    List<Entity> entities = new ArrayList<>(feed.incidents());
    entities.addAll(feed.statements());
    return write(entities, EntityLookup.of(feed), out);
  }

  /**
   * Writes the incidents and statements among {@code entities}, in their order, as PLOVER JSON
   * Lines, looking up the actors, territories, incidents and statements they refer to in {@code
   * lookup}. Entities of other kinds (sources, actors, ...) are not events and are passed over. The
   * writer is flushed, not closed.
   *
   * @param entities the entities, e.g. as a streaming reader yields them
   * @param lookup where referenced entities are found
   * @param out where to write
   * @return what was written and what was left out
   * @throws IOException if writing fails
   */
  public PloverExport write(Iterable<? extends Entity> entities, EntityLookup lookup, Writer out)
      throws IOException {
    Map<IncidentType, Integer> unmappedTypes = new EnumMap<>(IncidentType.class);
    Map<StatementKind, Integer> unmappedKinds = new EnumMap<>(StatementKind.class);
    List<EntityId> undated = new ArrayList<>();
    int incidents = 0;
    int statements = 0;
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setRootValueSeparator(null);
      for (Entity entity : entities) {
        if (entity instanceof Incident incident) {
          Optional<PloverCode> code = PloverMapping.forIncident(incident);
          if (code.isEmpty()) {
            unmappedTypes.merge(incident.type(), 1, Integer::sum);
          } else if (incident.time().earliestDay().isEmpty()) {
            undated.add(incident.id());
          } else {
            writeIncident(g, incident, code.get(), lookup);
            incidents++;
          }
        } else if (entity instanceof Statement statement) {
          Optional<PloverCode> code = PloverMapping.forStatementKind(statement.kind());
          if (code.isEmpty()) {
            unmappedKinds.merge(statement.kind(), 1, Integer::sum);
          } else if (statement.time().flatMap(EdtfTime::earliestDay).isEmpty()) {
            undated.add(statement.id());
          } else {
            writeStatement(g, statement, code.get(), lookup);
            statements++;
          }
        }
      }
      g.flush();
    }
    out.flush();
    return PloverExport.builder()
        .incidentEvents(incidents)
        .statementEvents(statements)
        .putAllUnmappedIncidentTypes(unmappedTypes)
        .putAllUnmappedStatementKinds(unmappedKinds)
        .addAllUndated(undated)
        .build();
  }

  // ---------------------------------------------------------------- incidents

  private static void writeIncident(
      JsonGenerator g, Incident incident, PloverCode code, EntityLookup lookup) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", incident.id().value());
    writeDates(g, incident.time());
    writeCode(g, code);

    Map<ActorId, Set<Certainty>> sources = new LinkedHashMap<>();
    Map<ActorId, Set<Certainty>> recipients = new LinkedHashMap<>();
    for (Participant p : incident.participants()) {
      switch (p.role()) {
        case PERPETRATOR, PARTICIPANT ->
            sources.computeIfAbsent(p.actor(), a -> new LinkedHashSet<>()).add(p.certainty());
        case TARGET, VICTIM ->
            recipients.computeIfAbsent(p.actor(), a -> new LinkedHashSet<>()).add(p.certainty());
        case ASSOCIATE, INTERVENER -> {
          // kept in casus.participants only: PLOVER has no place for them
        }
      }
    }
    g.writeArrayFieldStart("source");
    for (Map.Entry<ActorId, Set<Certainty>> e : sources.entrySet()) {
      writeActor(g, e.getKey(), e.getValue(), lookup);
    }
    g.writeEndArray();
    if (!recipients.isEmpty()) {
      g.writeArrayFieldStart("recipient");
      for (Map.Entry<ActorId, Set<Certainty>> e : recipients.entrySet()) {
        writeActor(g, e.getKey(), e.getValue(), lookup);
      }
      g.writeEndArray();
    }
    if (!incident.locations().isEmpty()) {
      writeEventLocation(g, incident.locations().get(0), lookup);
    }
    if (incident.summary().isPresent()) {
      g.writeArrayFieldStart("event_text");
      g.writeString(incident.summary().get());
      g.writeEndArray();
    }

    g.writeObjectFieldStart("casus");
    g.writeStringField("entity", "incident");
    g.writeStringField("type", incident.type().wireName());
    g.writeStringField("time", incident.time().toEdtf());
    g.writeStringField("status", incident.status().wireName());
    if (!incident.means().isEmpty()) {
      g.writeArrayFieldStart("means");
      for (Means m : incident.means()) {
        g.writeString(m.wireName());
      }
      g.writeEndArray();
    }
    if (!incident.targets().isEmpty()) {
      g.writeArrayFieldStart("targets");
      for (TargetCategory t : incident.targets()) {
        g.writeString(t.wireName());
      }
      g.writeEndArray();
    }
    if (incident.partOf().isPresent()) {
      g.writeStringField("partOf", incident.partOf().get().value());
    }
    if (!incident.participants().isEmpty()) {
      g.writeArrayFieldStart("participants");
      for (Participant p : incident.participants()) {
        writeParticipant(g, p, lookup);
      }
      g.writeEndArray();
    }
    if (!incident.locations().isEmpty()) {
      g.writeArrayFieldStart("locations");
      for (Location l : incident.locations()) {
        writeCasusLocation(g, l);
      }
      g.writeEndArray();
    }
    writeSources(g, incident.sources());
    g.writeEndObject();

    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static void writeParticipant(JsonGenerator g, Participant p, EntityLookup lookup)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("actor", p.actor().value());
    Optional<Actor> actor = lookup.actor(p.actor());
    if (actor.isPresent()) {
      g.writeStringField("actorName", actor.get().name().text());
    }
    g.writeStringField("role", p.role().wireName());
    g.writeStringField("certainty", p.certainty().wireName());
    if (!p.attributedIn().isEmpty()) {
      g.writeArrayFieldStart("attributedIn");
      for (StatementId id : p.attributedIn()) {
        g.writeStartObject();
        g.writeStringField("statement", id.value());
        Optional<Statement> st = lookup.statement(id);
        if (st.isPresent()) {
          g.writeStringField("kind", st.get().kind().wireName());
          g.writeStringField("speaker", st.get().speaker().value());
          Optional<Actor> speaker = lookup.actor(st.get().speaker());
          if (speaker.isPresent()) {
            g.writeStringField("speakerName", speaker.get().name().text());
          }
          if (st.get().onBehalfOf().isPresent()) {
            g.writeStringField("onBehalfOf", st.get().onBehalfOf().get().value());
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeEventLocation(JsonGenerator g, Location location, EntityLookup lookup)
      throws IOException {
    Optional<Territory> territory = location.territory().flatMap(lookup::territory);
    g.writeObjectFieldStart("event_loc");
    if (territory.isPresent()) {
      g.writeStringField("name", territory.get().name().text());
    }
    Optional<GeoPoint> point = location.point();
    String pointSource = "location";
    if (point.isEmpty()) {
      point = territory.flatMap(Territory::point);
      pointSource = "territory";
    }
    if (point.isPresent()) {
      g.writeFieldName("latitude");
      g.writeNumber(coordinate(point.get().latitude()));
      g.writeFieldName("longitude");
      g.writeNumber(coordinate(point.get().longitude()));
    }
    Optional<String> geonameid =
        territory.flatMap(t -> externalId(t.externalIds(), IdScheme.GEONAMES));
    if (geonameid.isPresent()) {
      g.writeFieldName("geonameid");
      g.writeNumber(geonameid.get());
    }
    g.writeStringField("resolution", PloverMapping.resolution(location.precision()));
    if (point.isPresent()) {
      g.writeStringField("point_source", pointSource);
    }
    if (location.territory().isPresent()) {
      g.writeStringField("casus_territory", location.territory().get().value());
    }
    g.writeEndObject();
  }

  private static void writeCasusLocation(JsonGenerator g, Location l) throws IOException {
    g.writeStartObject();
    if (l.territory().isPresent()) {
      g.writeStringField("territory", l.territory().get().value());
    }
    if (l.point().isPresent()) {
      g.writeObjectFieldStart("point");
      g.writeFieldName("latitude");
      g.writeNumber(coordinate(l.point().get().latitude()));
      g.writeFieldName("longitude");
      g.writeNumber(coordinate(l.point().get().longitude()));
      g.writeEndObject();
    }
    g.writeStringField("precision", l.precision().wireName());
    if (l.description().isPresent()) {
      g.writeStringField("description", l.description().get());
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- statements

  private static void writeStatement(
      JsonGenerator g, Statement statement, PloverCode code, EntityLookup lookup)
      throws IOException {
    ActorId principal = principal(statement);
    g.writeStartObject();
    g.writeStringField("id", statement.id().value());
    writeDates(g, statement.time().orElseThrow());
    writeCode(g, code);

    g.writeArrayFieldStart("source");
    writeActor(g, principal, Set.of(), lookup);
    g.writeEndArray();
    Set<ActorId> recipients = recipients(statement, lookup);
    if (!recipients.isEmpty()) {
      g.writeArrayFieldStart("recipient");
      for (ActorId a : recipients) {
        writeActor(g, a, Set.of(), lookup);
      }
      g.writeEndArray();
    }
    if (!statement.texts().isEmpty()) {
      g.writeArrayFieldStart("event_text");
      for (StatementText t : statement.texts()) {
        g.writeString(t.text());
      }
      g.writeEndArray();
    }

    g.writeObjectFieldStart("casus");
    g.writeStringField("entity", "statement");
    g.writeStringField("statement", statement.id().value());
    g.writeStringField("kind", statement.kind().wireName());
    g.writeStringField("speaker", statement.speaker().value());
    Optional<Actor> speaker = lookup.actor(statement.speaker());
    if (speaker.isPresent()) {
      g.writeStringField("speakerName", speaker.get().name().text());
    }
    if (statement.onBehalfOf().isPresent()) {
      g.writeStringField("onBehalfOf", statement.onBehalfOf().get().value());
    }
    g.writeStringField("time", statement.time().orElseThrow().toEdtf());
    if (statement.channel().isPresent()) {
      g.writeStringField("channel", statement.channel().get().wireName());
    }
    if (!statement.subjects().isEmpty()) {
      g.writeArrayFieldStart("subjects");
      for (Subject s : statement.subjects()) {
        g.writeStartObject();
        g.writeStringField("entity", s.about().kind().wireName());
        g.writeStringField("id", s.about().value());
        g.writeStringField("stance", s.stance().wireName());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    List<Attribution> attributions = attributions(statement, lookup);
    if (!attributions.isEmpty()) {
      g.writeArrayFieldStart("attributions");
      for (Attribution a : attributions) {
        g.writeStartObject();
        g.writeStringField("incident", a.incident().value());
        g.writeStringField("actor", a.participant().actor().value());
        g.writeStringField("role", a.participant().role().wireName());
        g.writeStringField("certainty", a.participant().certainty().wireName());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    writeSources(g, statement.sources());
    g.writeEndObject();

    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static ActorId principal(Statement statement) {
    return statement.onBehalfOf().orElse(statement.speaker());
  }

  /**
   * Addressees; actors the statement is about; the principals of statements it is about (whose
   * claim a denial rejects); actors it alleges took part in an incident (whom an accusation
   * accuses). Never the statement's own speaker or principal.
   */
  private static Set<ActorId> recipients(Statement statement, EntityLookup lookup) {
    Set<ActorId> out = new LinkedHashSet<>(statement.addressees());
    for (Subject s : statement.subjects()) {
      if (s.about() instanceof ActorId actor) {
        out.add(actor);
      } else if (s.about() instanceof StatementId other) {
        lookup.statement(other).ifPresent(o -> out.add(principal(o)));
      }
    }
    for (Attribution a : attributions(statement, lookup)) {
      if (a.participant().certainty() == Certainty.ALLEGED) {
        out.add(a.participant().actor());
      }
    }
    out.remove(statement.speaker());
    out.remove(principal(statement));
    return out;
  }

  /** Participants of the incidents the statement is about that cite the statement. */
  private static List<Attribution> attributions(Statement statement, EntityLookup lookup) {
    List<Attribution> out = new ArrayList<>();
    Set<IncidentId> seen = new LinkedHashSet<>();
    for (Subject s : statement.subjects()) {
      if (s.about() instanceof IncidentId id && seen.add(id)) {
        Optional<Incident> incident = lookup.incident(id);
        if (incident.isPresent()) {
          for (Participant p : incident.get().participants()) {
            if (p.attributedIn().contains(statement.id())) {
              out.add(new Attribution(id, p));
            }
          }
        }
      }
    }
    return out;
  }

  private record Attribution(IncidentId incident, Participant participant) {}

  // ---------------------------------------------------------------- shared members

  private static void writeDates(JsonGenerator g, EdtfTime time) throws IOException {
    LocalDate first = time.earliestDay().orElseThrow();
    g.writeStringField("date", first.toString());
    Optional<LocalDate> last = time.latestDay();
    if (last.isPresent() && !last.get().equals(first)) {
      g.writeStringField("enddate", last.get().toString());
    }
    String precision = time instanceof EdtfDate date ? date.precision().wireName() : "interval";
    g.writeStringField("date_precision", precision);
  }

  private static void writeCode(JsonGenerator g, PloverCode code) throws IOException {
    if (code.eventType().isPresent()) {
      g.writeStringField("event_type", code.eventType().get().name());
    }
    if (!code.modes().isEmpty()) {
      g.writeArrayFieldStart("mode");
      for (String m : code.modes()) {
        g.writeString(m);
      }
      g.writeEndArray();
    }
    if (!code.contexts().isEmpty()) {
      g.writeArrayFieldStart("context");
      for (String c : code.contexts()) {
        g.writeString(c);
      }
      g.writeEndArray();
    }
    if (code.eventType().isPresent()) {
      g.writeNumberField("quad_code", code.eventType().get().quadClass().code());
    }
    if (code.cameoCode().isPresent()) {
      g.writeStringField("cameo_code", code.cameoCode().get());
    }
  }

  private static void writeActor(
      JsonGenerator g, ActorId id, Set<Certainty> certainties, EntityLookup lookup)
      throws IOException {
    Optional<Actor> actor = lookup.actor(id);
    g.writeStartObject();
    g.writeStringField("entity_name", actor.map(a -> a.name().text()).orElse(id.value()));
    Optional<String> qid = actor.flatMap(a -> externalId(a.externalIds(), IdScheme.WIKIDATA));
    if (qid.isPresent()) {
      g.writeStringField("wikidata_id", qid.get());
    }
    Optional<String> country = actor.flatMap(a -> countryCode(a, lookup));
    if (country.isPresent()) {
      g.writeStringField("country_code", country.get());
    }
    g.writeStringField("casus_id", id.value());
    if (!certainties.isEmpty()) {
      g.writeArrayFieldStart("casus_certainty");
      for (Certainty c : certainties) {
        g.writeString(c.wireName());
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The actor's own ISO 3166-1 alpha-3 code, or that of its country territory. */
  private static Optional<String> countryCode(Actor actor, EntityLookup lookup) {
    Optional<String> own = externalId(actor.externalIds(), IdScheme.ISO_3166_1_ALPHA3);
    if (own.isPresent()) {
      return own;
    }
    return actor
        .country()
        .flatMap(lookup::territory)
        .flatMap(t -> externalId(t.externalIds(), IdScheme.ISO_3166_1_ALPHA3));
  }

  private static void writeSources(JsonGenerator g, List<SourceId> sources) throws IOException {
    if (!sources.isEmpty()) {
      g.writeArrayFieldStart("sources");
      for (SourceId s : sources) {
        g.writeString(s.value());
      }
      g.writeEndArray();
    }
  }

  private static Optional<String> externalId(List<ExternalId> ids, IdScheme scheme) {
    for (ExternalId id : ids) {
      if (id.scheme() == scheme) {
        return Optional.of(id.value());
      }
    }
    return Optional.empty();
  }

  /** A coordinate in plain decimal notation with at most six decimals (about 0.1 m). */
  static String coordinate(double degrees) {
    return BigDecimal.valueOf(degrees)
        .setScale(6, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
