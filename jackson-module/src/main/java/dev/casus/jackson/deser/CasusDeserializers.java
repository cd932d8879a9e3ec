package dev.casus.jackson.deser;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.code.CodeList;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.feed.FeedHeader;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.geo.Location;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.Participant;
import dev.casus.core.name.Name;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.time.EdtfDate;
import dev.casus.core.time.EdtfInterval;
import dev.casus.core.time.EdtfTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Casus deserializer for a model type, for the abstract type ({@code Incident}) and its
 * generated implementation ({@code ImmutableIncident}) alike, and for every code-list enum.
 */
public final class CasusDeserializers extends Deserializers.Base {

  private static final Map<Class<?>, CasusDeserializer<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(Feed.class, FeedDeserializer.INSTANCE);
    BY_TYPE.put(FeedHeader.class, FeedHeaderDeserializer.INSTANCE);
    BY_TYPE.put(Source.class, SourceDeserializer.INSTANCE);
    BY_TYPE.put(Actor.class, ActorDeserializer.INSTANCE);
    BY_TYPE.put(Territory.class, TerritoryDeserializer.INSTANCE);
    BY_TYPE.put(Incident.class, IncidentDeserializer.INSTANCE);
    BY_TYPE.put(Statement.class, StatementDeserializer.INSTANCE);
    BY_TYPE.put(CasualtyReport.class, CasualtyReportDeserializer.INSTANCE);
    BY_TYPE.put(Name.class, NameDeserializer.INSTANCE);
    BY_TYPE.put(Estimate.class, EstimateDeserializer.INSTANCE);
    BY_TYPE.put(GeoPoint.class, GeoPointDeserializer.INSTANCE);
    BY_TYPE.put(Location.class, LocationDeserializer.INSTANCE);
    BY_TYPE.put(ExternalId.class, ExternalIdDeserializer.INSTANCE);
    BY_TYPE.put(Affiliation.class, AffiliationDeserializer.INSTANCE);
    BY_TYPE.put(ControlClaim.class, ControlClaimDeserializer.INSTANCE);
    BY_TYPE.put(Participant.class, ParticipantDeserializer.INSTANCE);
    BY_TYPE.put(StatementText.class, StatementTextDeserializer.INSTANCE);
    BY_TYPE.put(Subject.class, SubjectDeserializer.INSTANCE);
    BY_TYPE.put(CasualtyFigure.class, CasualtyFigureDeserializer.INSTANCE);
    BY_TYPE.put(SourceId.class, IdDeserializer.SOURCE);
    BY_TYPE.put(ActorId.class, IdDeserializer.ACTOR);
    BY_TYPE.put(TerritoryId.class, IdDeserializer.TERRITORY);
    BY_TYPE.put(IncidentId.class, IdDeserializer.INCIDENT);
    BY_TYPE.put(StatementId.class, IdDeserializer.STATEMENT);
    BY_TYPE.put(CasualtyReportId.class, IdDeserializer.CASUALTY_REPORT);
    BY_TYPE.put(EdtfTime.class, EdtfTimeDeserializer.TIME);
    BY_TYPE.put(EdtfDate.class, EdtfTimeDeserializer.DATE);
    BY_TYPE.put(EdtfInterval.class, EdtfTimeDeserializer.INTERVAL);
  }

  /** A finder. */
  public CasusDeserializers() {}

  /**
   * The deserializer for a model type, or for a subclass of one (the generated {@code
   * ImmutableX}).
   *
   * @param type the requested class
   * @return the deserializer, or null if {@code type} is not a Casus model type
   */
  public static @Nullable JsonDeserializer<?> forClass(Class<?> type) {
    CasusDeserializer<?> exact = BY_TYPE.get(type);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<Class<?>, CasusDeserializer<?>> e : BY_TYPE.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
    return forClass(type.getRawClass());
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public @Nullable JsonDeserializer<?> findEnumDeserializer(
      Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
    if (CodeList.class.isAssignableFrom(type) && type.isEnum()) {
      return new CodeListDeserializer(type);
    }
    return null;
  }

  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return forClass(valueType) != null
        || (valueType.isEnum() && CodeList.class.isAssignableFrom(valueType));
  }
}
