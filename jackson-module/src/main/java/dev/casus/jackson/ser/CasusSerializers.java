package dev.casus.jackson.ser;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.Serializers;
import dev.casus.core.actor.Actor;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.code.CodeList;
import dev.casus.core.entity.EntityId;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.Participant;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.Territory;
import dev.casus.core.time.EdtfTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Casus serializer for a model value by its type or any supertype (the generated {@code
 * ImmutableIncident} is written by the {@code Incident} serializer), including every entity id,
 * EDTF time and code-list enum.
 */
public final class CasusSerializers extends Serializers.Base {

  private static final Map<Class<?>, JsonSerializer<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(Feed.class, FeedSerializer.INSTANCE);
    BY_TYPE.put(FeedHeader.class, FeedHeaderSerializer.INSTANCE);
    BY_TYPE.put(Source.class, SourceSerializer.INSTANCE);
    BY_TYPE.put(Actor.class, ActorSerializer.INSTANCE);
    BY_TYPE.put(Territory.class, TerritorySerializer.INSTANCE);
    BY_TYPE.put(Incident.class, IncidentSerializer.INSTANCE);
    BY_TYPE.put(Statement.class, StatementSerializer.INSTANCE);
    BY_TYPE.put(CasualtyReport.class, CasualtyReportSerializer.INSTANCE);
    BY_TYPE.put(Name.class, NameSerializer.INSTANCE);
    BY_TYPE.put(Estimate.class, EstimateSerializer.INSTANCE);
    BY_TYPE.put(GeoPoint.class, GeoPointSerializer.INSTANCE);
    BY_TYPE.put(Location.class, LocationSerializer.INSTANCE);
    BY_TYPE.put(ExternalId.class, ExternalIdSerializer.INSTANCE);
    BY_TYPE.put(Affiliation.class, AffiliationSerializer.INSTANCE);
    BY_TYPE.put(ControlClaim.class, ControlClaimSerializer.INSTANCE);
    BY_TYPE.put(Participant.class, ParticipantSerializer.INSTANCE);
    BY_TYPE.put(StatementText.class, StatementTextSerializer.INSTANCE);
    BY_TYPE.put(Subject.class, SubjectSerializer.INSTANCE);
    BY_TYPE.put(CasualtyFigure.class, CasualtyFigureSerializer.INSTANCE);
    BY_TYPE.put(EntityId.class, EntityIdSerializer.INSTANCE);
    BY_TYPE.put(EdtfTime.class, EdtfTimeSerializer.INSTANCE);
  }

  /** A finder. */
  public CasusSerializers() {}

  /**
   * The serializer for a model type or a subtype of one.
   *
   * @param type the runtime or declared class
   * @return the serializer, or null if {@code type} is not a Casus model type
   */
  public static @Nullable JsonSerializer<?> forClass(Class<?> type) {
    JsonSerializer<?> exact = BY_TYPE.get(type);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<Class<?>, JsonSerializer<?>> e : BY_TYPE.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    if (type.isEnum() && CodeList.class.isAssignableFrom(type)) {
      return CodeListSerializer.INSTANCE;
    }
    return null;
  }

  @Override
  public @Nullable JsonSerializer<?> findSerializer(
      SerializationConfig config, JavaType type, BeanDescription beanDesc) {
    return forClass(type.getRawClass());
  }
}
