package dev.casus.jackson.deser;

import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Incident}: {@code id}, {@code type}, {@code time}, {@code locations}?, {@code
 * participants}?, {@code means}?, {@code targets}?, {@code status}? (default {@code reported}),
 * {@code summary}?, {@code partOf}?, {@code sources}?, {@code externalIds}?, {@code x-*}?.
 */
public final class IncidentDeserializer extends CasusDeserializer<Incident> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final IncidentDeserializer INSTANCE = new IncidentDeserializer();

  private static final String WHAT = "an incident";
  private static final String MEMBERS =
      "id, incidentType, time, locations, participants, means, targets, status, summary, partOf,"
          + " sources, externalIds";
  private static final int ID = 1;
  private static final int TYPE = 1 << 1;
  private static final int TIME = 1 << 2;
  private static final int LOCATIONS = 1 << 3;
  private static final int PARTICIPANTS = 1 << 4;
  private static final int MEANS = 1 << 5;
  private static final int TARGETS = 1 << 6;
  private static final int STATUS = 1 << 7;
  private static final int SUMMARY = 1 << 8;
  private static final int PART_OF = 1 << 9;
  private static final int SOURCES = 1 << 10;
  private static final int EXTERNAL_IDS = 1 << 11;

  private IncidentDeserializer() {
    super(Incident.class);
  }

  @Override
  public @Nullable Incident decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads an incident at the current token.
   *
   * @param c the context
   * @return the incident, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Incident read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of an incident whose object level is open, up to its end.
   *
   * @param c the context
   * @return the incident, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Incident members(ReadContext c) throws IOException {
    ImmutableIncident.Builder b = Incident.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            IncidentId v = Ids.incident(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "incidentType":
          if (c.first(TYPE)) {
            IncidentType v = CodeLists.INCIDENT_TYPE.read(c);
            if (v != null) {
              b.type(v);
            }
          }
          break;
        case "time":
          if (c.first(TIME)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.time(v);
            }
          }
          break;
        case "locations":
          if (c.first(LOCATIONS)) {
            Lists.read(c, "an array of locations", LocationDeserializer::read, b::addLocation);
          }
          break;
        case "participants":
          if (c.first(PARTICIPANTS)) {
            Lists.read(
                c, "an array of participants", ParticipantDeserializer::read, b::addParticipant);
          }
          break;
        case "means":
          if (c.first(MEANS)) {
            Lists.distinctCodes(c, "Incident.means", CodeLists.MEANS, b::addMeans);
          }
          break;
        case "targets":
          if (c.first(TARGETS)) {
            Lists.distinctCodes(c, "Incident.targets", CodeLists.TARGET, b::addTarget);
          }
          break;
        case "status":
          if (c.first(STATUS)) {
            IncidentStatus v = CodeLists.INCIDENT_STATUS.read(c);
            if (v != null) {
              b.status(v);
            }
          }
          break;
        case "summary":
          if (c.first(SUMMARY)) {
            String v = Scalars.text(c, "Incident", "summary");
            if (v != null) {
              b.summary(v);
            }
          }
          break;
        case "partOf":
          if (c.first(PART_OF)) {
            IncidentId v = Ids.incident(c);
            if (v != null) {
              b.partOf(v);
            }
          }
          break;
        case "sources":
          if (c.first(SOURCES)) {
            Lists.read(c, "an array of source ids", Ids::source, b::addSource);
          }
          break;
        case "externalIds":
          if (c.first(EXTERNAL_IDS)) {
            Lists.read(
                c, "an array of external ids", ExternalIdDeserializer::read, b::addExternalId);
          }
          break;
        default:
          extensions = ExtensionReader.memberOrUnknown(c, m, extensions, WHAT, MEMBERS);
      }
    }
    c.require(ID, "id", WHAT);
    c.require(TYPE, "incidentType", WHAT);
    c.require(TIME, "time", WHAT);
    if (extensions != null) {
      b.putAllExtensions(extensions);
    }
    return Build.finish(c, b::build);
  }
}
