package dev.casus.core.validation;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.Entity;
import dev.casus.core.entity.EntityId;
import dev.casus.core.entity.EntityKind;
import dev.casus.core.incident.Incident;
import dev.casus.core.source.Source;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.time.EdtfTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one entity's members in wire order (see docs/wire-format.md) and hands every reference,
 * date and link to the record's checks, with the member's pointer relative to the record.
 */
final class EntityWalker {

  /** The member of a subject that names its entity, as a pointer part: {@code /incident}. */
  private static final Map<EntityKind, String> SUBJECT_MEMBERS = subjectMembers();

  private EntityWalker() {}

  private static Map<EntityKind, String> subjectMembers() {
    Map<EntityKind, String> members = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      members.put(kind, "/" + KindNames.subjectMember(kind));
    }
    return members;
  }

  private static String subjectMember(EntityKind kind) {
    String member = SUBJECT_MEMBERS.get(kind);
    if (member == null) {
      throw new IllegalStateException("no subject member for " + kind);
    }
    return member;
  }

  /** Walks any entity of the model. */
  static void walk(Entity entity, RecordScope scope) {
    if (entity instanceof Source source) {
      source(source, scope);
    } else if (entity instanceof Actor actor) {
      actor(actor, scope);
    } else if (entity instanceof Territory territory) {
      territory(territory, scope);
    } else if (entity instanceof Incident incident) {
      incident(incident, scope);
    } else if (entity instanceof Statement statement) {
      statement(statement, scope);
    } else if (entity instanceof CasualtyReport report) {
      casualtyReport(report, scope);
    } else {
      throw new IllegalArgumentException(
          "not an entity of the Casus model: " + entity.getClass().getName());
    }
  }

  private static void source(Source source, RecordScope scope) {
    scope.id(source.id());
    source.author().ifPresent(a -> scope.reference(a, "/author"));
    source.partOf().ifPresent(p -> scope.link(source.id(), p, "/partOf"));
  }

  private static void actor(Actor actor, RecordScope scope) {
    scope.id(actor.id());
    actor.country().ifPresent(c -> scope.reference(c, "/country"));
    for (int i = 0; i < actor.affiliations().size(); i++) {
      scope.reference(actor.affiliations().get(i).organisation(), "affiliations", i, "/organisation");
    }
  }

  private static void territory(Territory territory, RecordScope scope) {
    scope.id(territory.id());
    territory.parent().ifPresent(p -> scope.link(territory.id(), p, "/parent"));
    for (int i = 0; i < territory.controlClaims().size(); i++) {
      ControlClaim claim = territory.controlClaims().get(i);
      int at = i;
      scope.reference(claim.controller(), "controlClaims", at, "/controller");
      claim.claimedBy().ifPresent(a -> scope.reference(a, "controlClaims", at, "/claimedBy"));
      claim.statement().ifPresent(s -> scope.reference(s, "controlClaims", at, "/statement"));
      for (int j = 0; j < claim.sources().size(); j++) {
        scope.reference(claim.sources().get(j), "controlClaims", i, "sources", j);
      }
    }
  }

  private static void incident(Incident incident, RecordScope scope) {
    scope.id(incident.id());
    scope.incidentTime(incident.id(), incident.time());
    scope.notAfterFeed("incident", incident.time(), "/time");
    if (incident.locations().isEmpty()) {
      scope.report(
          FindingCode.INCIDENT_WITHOUT_LOCATION,
          "",
          "incident \""
              + incident.id()
              + "\" has no location; add one with a territory or a point, even if only the"
              + " country is known (precision \"country\")");
    }
    for (int i = 0; i < incident.locations().size(); i++) {
      Optional<TerritoryId> territory = incident.locations().get(i).territory();
      if (territory.isPresent()) {
        scope.reference(territory.get(), "locations", i, "/territory");
      }
    }
    for (int i = 0; i < incident.participants().size(); i++) {
      scope.reference(incident.participants().get(i).actor(), "participants", i, "/actor");
      List<StatementId> attributedIn = incident.participants().get(i).attributedIn();
      for (int j = 0; j < attributedIn.size(); j++) {
        scope.reference(attributedIn.get(j), "participants", i, "attributedIn", j);
      }
    }
    incident.partOf().ifPresent(p -> scope.link(incident.id(), p, "/partOf"));
    sources(incident.sources(), scope);
  }

  private static void statement(Statement statement, RecordScope scope) {
    scope.id(statement.id());
    scope.reference(statement.speaker(), "/speaker");
    statement.onBehalfOf().ifPresent(a -> scope.reference(a, "/onBehalfOf"));
    for (int i = 0; i < statement.addressees().size(); i++) {
      scope.reference(statement.addressees().get(i), "addressees", i, "");
    }
    statement.time().ifPresent(time -> statementTime(statement, time, scope));
    StanceConflicts conflicts = new StanceConflicts();
    for (int i = 0; i < statement.subjects().size(); i++) {
      Subject subject = statement.subjects().get(i);
      Optional<String> conflict = conflicts.add(subject, i);
      if (conflict.isPresent()) {
        scope.report(FindingCode.ASSERTS_AND_DENIES, "subjects", i, conflict.get());
      }
      scope.reference(
          subject.about(), "subjects", i, subjectMember(subject.about().kind()));
    }
    sources(statement.sources(), scope);
  }

  private static void statementTime(Statement statement, EdtfTime time, RecordScope scope) {
    scope.notAfterFeed("statement", time, "/time");
    Set<EntityId> incidents = new LinkedHashSet<>();
    for (Subject subject : statement.subjects()) {
      if (subject.about().kind() == EntityKind.INCIDENT && incidents.add(subject.about())) {
        scope.notBeforeIncident("statement", subject.about(), time, "/time");
      }
    }
  }

  private static void casualtyReport(CasualtyReport report, RecordScope scope) {
    scope.id(report.id());
    report.reportedBy().ifPresent(a -> scope.reference(a, "/reportedBy"));
    if (report.asOf().isPresent()) {
      EdtfTime asOf = report.asOf().get();
      scope.notAfterFeed("casualty report", asOf, "/asOf");
      report
          .incident()
          .ifPresent(inc -> scope.notBeforeIncident("casualty report", inc, asOf, "/asOf"));
    }
    report.incident().ifPresent(i -> scope.reference(i, "/incident"));
    report.territory().ifPresent(t -> scope.reference(t, "/territory"));
    report.period().ifPresent(p -> scope.notAfterFeed("casualty report", p, "/period"));
    for (int i = 0; i < report.figures().size(); i++) {
      Optional<ActorId> side = report.figures().get(i).side();
      if (side.isPresent()) {
        scope.reference(side.get(), "figures", i, "/side");
      }
    }
    report.statement().ifPresent(s -> scope.reference(s, "/statement"));
    sources(report.sources(), scope);
  }

  private static void sources(List<SourceId> sources, RecordScope scope) {
    for (int j = 0; j < sources.size(); j++) {
      scope.reference(sources.get(j), "sources", j, "");
    }
  }
}
