package dev.casus.testing;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.actor.ImmutableActor;
import dev.casus.core.actor.ImmutableAffiliation;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.core.casualty.ImmutableCasualtyFigure;
import dev.casus.core.casualty.ImmutableCasualtyReport;
import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.incident.ImmutableIncident;
import dev.casus.core.incident.ImmutableParticipant;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.incident.IncidentStatus;
import dev.casus.core.incident.IncidentType;
import dev.casus.core.incident.Means;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.incident.TargetCategory;
import dev.casus.core.source.ImmutableSource;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.source.SourceKind;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.ImmutableStatement;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.Subject;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.ImmutableControlClaim;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import dev.casus.core.time.EdtfTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The six entities, with their references drawn from a {@link References}. */
final class EntityGen {

  private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);

  private final Draw draw;
  private final TextGen text;
  private final TimeGen time;
  private final ValueGen values;

  EntityGen(Draw draw, TextGen text, TimeGen time, ValueGen values) {
    this.draw = draw;
    this.text = text;
    this.time = time;
    this.values = values;
  }

  // ---- helpers ----

  private <T> Optional<T> maybe(double p, Supplier<T> value) {
    return draw.chance(p) ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> Optional<T> maybeRef(double p, Supplier<Optional<T>> ref) {
    return draw.chance(p) ? ref.get() : Optional.empty();
  }

  private <T> List<T> refs(double pEmpty, int max, Supplier<Optional<T>> ref) {
    int n = draw.size(pEmpty, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ref.get().ifPresent(out::add);
    }
    return out;
  }

  private <T> List<T> list(double pEmpty, int max, Supplier<T> value) {
    int n = draw.size(pEmpty, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(value.get());
    }
    return out;
  }

  private String freeText(References r) {
    return r.lean() ? text.shortText() : text.text(false);
  }

  private EdtfTime anyTime(References r) {
    return time.time(FIRST_DAY, r.lastDay());
  }

  private List<ExternalId> externalIds(References r) {
    return r.lean() ? List.of() : list(0.6, 3, values::externalId);
  }

  private Map<String, String> extensions(References r) {
    return r.lean() ? Map.of() : text.extensions();
  }

  // ---- entities ----

  Source source(SourceId id, int index, References r) {
    double p = r.lean() ? 0.2 : 0.5;
    ImmutableSource.Builder b =
        Source.builder()
            .id(id)
            .kind(draw.constant(SourceKind.class))
            .title(maybe(p, () -> freeText(r)))
            .publisher(maybe(p, text::nameText))
            .byline(maybe(p / 2, text::nameText))
            .author(maybeRef(p, r::actor))
            .url(maybe(p, text::uri))
            .published(maybe(p, () -> anyTime(r)))
            .partOf(maybeRef(p, () -> r.sourceParent(id, index)))
            .externalIds(externalIds(r))
            .extensions(extensions(r));
    return b.build();
  }

  Actor actor(ActorId id, References r) {
    double p = r.lean() ? 0.2 : 0.5;
    List<Affiliation> affiliations = new ArrayList<>();
    for (ActorId org : refs(r.lean() ? 0.8 : 0.5, 3, r::actor)) {
      if (!org.equals(id)) {
        affiliations.add(affiliation(org, r));
      }
    }
    ImmutableActor.Builder b =
        Actor.builder()
            .id(id)
            .kind(draw.constant(ActorKind.class))
            .name(r.lean() ? dev.casus.core.name.Name.of(text.nameText()) : text.name())
            .aliases(r.lean() ? List.of() : list(0.5, 3, text::name))
            .country(maybeRef(p, r::territory))
            .affiliations(affiliations)
            .externalIds(externalIds(r))
            .description(maybe(p / 2, () -> freeText(r)))
            .extensions(extensions(r));
    return b.build();
  }

  private Affiliation affiliation(ActorId org, References r) {
    ImmutableAffiliation.Builder b = Affiliation.builder().organisation(org);
    b.role(maybe(0.5, () -> freeText(r)));
    b.period(maybe(0.4, () -> anyTime(r)));
    return b.build();
  }

  Territory territory(TerritoryId id, int index, References r) {
    double p = r.lean() ? 0.3 : 0.5;
    ImmutableTerritory.Builder b =
        Territory.builder()
            .id(id)
            .kind(draw.constant(TerritoryKind.class))
            .name(r.lean() ? dev.casus.core.name.Name.of(text.nameText()) : text.name())
            .aliases(r.lean() ? List.of() : list(0.5, 3, text::name))
            .parent(maybeRef(0.7, () -> r.territoryParent(id, index)))
            .point(maybe(p, values::geoPoint))
            .population(maybe(p, values::estimate))
            .controlClaims(r.lean() ? List.of() : controlClaims(r))
            .externalIds(externalIds(r))
            .description(maybe(p / 2, () -> freeText(r)))
            .extensions(extensions(r));
    return b.build();
  }

  private List<ControlClaim> controlClaims(References r) {
    List<ControlClaim> out = new ArrayList<>();
    int n = draw.size(0.6, 3);
    for (int i = 0; i < n; i++) {
      Optional<ActorId> controller = r.actor();
      if (controller.isEmpty()) {
        break;
      }
      ImmutableControlClaim.Builder b =
          ControlClaim.builder()
              .controller(controller.get())
              .status(draw.constant(ControlStatus.class))
              .period(maybe(0.6, () -> anyTime(r)))
              .certainty(draw.constant(Certainty.class))
              .claimedBy(maybeRef(0.5, r::actor))
              .statement(maybeRef(0.4, r::statement))
              .sources(refs(0.5, 3, r::source));
      out.add(b.build());
    }
    return out;
  }

  Incident incident(IncidentId id, int index, References r) {
    int minLocations = r.plausible() ? 1 : 0;
    int nLocations = Math.max(minLocations, draw.size(r.lean() ? 0.0 : 0.2, r.lean() ? 1 : 3));
    List<dev.casus.core.geo.Location> locations = new ArrayList<>(nLocations);
    for (int i = 0; i < nLocations; i++) {
      locations.add(values.location(draw.chance(0.8) ? r.territory() : Optional.empty()));
    }
    List<Participant> participants = new ArrayList<>();
    for (ActorId actor : refs(0.2, r.lean() ? 2 : 4, r::actor)) {
      ImmutableParticipant.Builder pb =
          Participant.builder()
              .actor(actor)
              .role(draw.constant(ParticipantRole.class))
              .certainty(draw.constant(Certainty.class))
              .attributedIn(refs(0.6, 2, r::statement));
      participants.add(pb.build());
    }
    ImmutableIncident.Builder b =
        Incident.builder()
            .id(id)
            .type(draw.constant(IncidentType.class))
            .time(anyTime(r))
            .locations(locations)
            .participants(participants)
            .means(constants(Means.class, 0.3, 3))
            .targets(constants(TargetCategory.class, 0.3, 3))
            .summary(maybe(r.lean() ? 0.3 : 0.6, () -> freeText(r)))
            .partOf(maybeRef(0.3, () -> r.incidentParent(id, index)))
            .sources(refs(0.2, 3, r::source))
            .externalIds(externalIds(r))
            .extensions(extensions(r));
    if (draw.chance(0.7)) {
      b.status(draw.constant(IncidentStatus.class));
    }
    return b.build();
  }

  private <E extends Enum<E>> Set<E> constants(Class<E> type, double pEmpty, int max) {
    Set<E> out = EnumSet.noneOf(type);
    out.addAll(draw.subset(Arrays.asList(type.getEnumConstants()), pEmpty, max));
    return out;
  }

  Statement statement(StatementId id, References r) {
    Optional<ActorId> speaker = r.actor();
    if (speaker.isEmpty()) {
      throw new IllegalStateException("a statement needs an actor to speak it");
    }
    Optional<ActorId> onBehalfOf =
        maybeRef(0.3, r::actor).filter(a -> !a.equals(speaker.get()));
    List<Subject> subjects = subjects(id, r);
    Optional<EdtfTime> when = Optional.empty();
    if (draw.chance(0.8)) {
      when = Optional.of(statementTime(subjects, r));
    }
    ImmutableStatement.Builder b =
        Statement.builder()
            .id(id)
            .kind(draw.constant(StatementKind.class))
            .speaker(speaker.get())
            .onBehalfOf(onBehalfOf)
            .addressees(refs(0.7, 3, r::actor))
            .time(when)
            .channel(maybe(0.6, () -> draw.constant(Channel.class)))
            .texts(list(r.lean() ? 0.5 : 0.2, r.lean() ? 1 : 3, () -> statementText(r)))
            .subjects(subjects)
            .sources(refs(0.3, 3, r::source))
            .extensions(extensions(r));
    return b.build();
  }

  private StatementText statementText(References r) {
    return StatementText.builder()
        .form(draw.constant(TextForm.class))
        .text(freeText(r))
        .language(r.lean() ? Optional.empty() : text.optionalLanguage())
        .build();
  }

  private List<Subject> subjects(StatementId self, References r) {
    int n = draw.size(0.2, r.lean() ? 2 : 5);
    List<Subject> out = new ArrayList<>(n);
    Map<EntityId, Set<Stance>> stances = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Optional<EntityId> about =
          !out.isEmpty() && draw.chance(0.15) ? Optional.of(out.get(0).about()) : r.entity(self);
      if (about.isEmpty()) {
        continue;
      }
      Stance stance = draw.constant(Stance.class);
      Set<Stance> seen = stances.computeIfAbsent(about.get(), k -> new HashSet<>());
      if (r.plausible()
          && (stance == Stance.ASSERTS && seen.contains(Stance.DENIES)
              || stance == Stance.DENIES && seen.contains(Stance.ASSERTS))) {
        stance = Stance.DISPUTES;
      }
      seen.add(stance);
      out.add(Subject.of(about.get(), stance));
    }
    return out;
  }

  private EdtfTime statementTime(List<Subject> subjects, References r) {
    if (!r.plausible()) {
      return anyTime(r);
    }
    Optional<LocalDate> latestStart = Optional.empty();
    for (Subject s : subjects) {
      if (s.about().kind() == EntityKind.INCIDENT) {
        Optional<LocalDate> start = r.incidentStart((IncidentId) s.about());
        if (start.isPresent()
            && (latestStart.isEmpty() || start.get().isAfter(latestStart.get()))) {
          latestStart = start;
        }
      }
    }
    return latestStart.isPresent() ? time.timeNotBefore(latestStart.get()) : anyTime(r);
  }

  CasualtyReport casualtyReport(CasualtyReportId id, References r) {
    Optional<IncidentId> incident = maybeRef(0.8, r::incident);
    Optional<dev.casus.core.territory.TerritoryId> territory =
        maybeRef(incident.isEmpty() ? 1.0 : 0.3, r::territory);
    if (incident.isEmpty() && territory.isEmpty()) {
      incident = r.incident();
      if (incident.isEmpty()) {
        throw new IllegalStateException("a casualty report needs an incident or a territory");
      }
    }
    Optional<EdtfTime> asOf = Optional.empty();
    if (draw.chance(0.7)) {
      Optional<LocalDate> start =
          r.plausible() ? incident.flatMap(r::incidentStart) : Optional.empty();
      asOf = Optional.of(start.isPresent() ? time.timeNotBefore(start.get()) : anyTime(r));
    }
    ImmutableCasualtyReport.Builder b =
        CasualtyReport.builder()
            .id(id)
            .reportedBy(maybeRef(0.6, r::actor))
            .asOf(asOf)
            .incident(incident)
            .territory(territory)
            .period(maybe(0.3, () -> anyTime(r)))
            .figures(figures(r))
            .statement(maybeRef(0.4, r::statement))
            .sources(refs(0.3, 3, r::source))
            .notes(maybe(r.lean() ? 0.1 : 0.3, () -> freeText(r)))
            .extensions(extensions(r));
    return b.build();
  }

  private List<CasualtyFigure> figures(References r) {
    int n = 1 + draw.size(0.4, r.lean() ? 2 : 5);
    List<CasualtyFigure> out = new ArrayList<>(n);
    Set<List<Object>> keys = new HashSet<>();
    for (int i = 0; i < n; i++) {
      CasualtyOutcome outcome = draw.constant(CasualtyOutcome.class);
      CasualtyGroup group = draw.constant(CasualtyGroup.class);
      Optional<ActorId> side = maybeRef(0.3, r::actor);
      if (!keys.add(List.of(outcome, group, side.map(ActorId::value).orElse("")))) {
        continue;
      }
      ImmutableCasualtyFigure.Builder fb =
          CasualtyFigure.builder()
              .outcome(outcome)
              .group(group)
              .side(side)
              .count(values.estimate());
      out.add(fb.build());
    }
    return out;
  }
}
