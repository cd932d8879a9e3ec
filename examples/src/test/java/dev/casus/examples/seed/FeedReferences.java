package dev.casus.examples.seed;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.entity.EntityId;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.Location;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.Participant;
import dev.casus.core.source.Source;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.Subject;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.Territory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small reference checker for tests: walks every reference of a feed and reports the ones the
 * feed does not hold, as {@code "<entity id>.<field> -> <missing id>"}. It also collects every id
 * that is referenced, so that tests can find entities nothing points at.
 */
final class FeedReferences {

  private final Feed feed;
  private final List<String> unresolved = new ArrayList<>();
  private final Set<EntityId> referenced = new HashSet<>();

  private FeedReferences(Feed feed) {
    this.feed = feed;
    walk();
  }

  static FeedReferences of(Feed feed) {
    return new FeedReferences(feed);
  }

  /** The references the feed cannot resolve, empty when all resolve. */
  List<String> unresolved() {
    return unresolved;
  }

  /** Every id referenced from somewhere in the feed. */
  Set<EntityId> referenced() {
    return referenced;
  }

  private void walk() {
    for (Source s : feed.sources()) {
      String at = s.id().value();
      ref(at, "author", s.author());
      ref(at, "partOf", s.partOf());
    }
    for (Actor a : feed.actors()) {
      String at = a.id().value();
      ref(at, "country", a.country());
      for (Affiliation f : a.affiliations()) {
        ref(at, "affiliations.organisation", f.organisation());
      }
    }
    for (Territory t : feed.territories()) {
      String at = t.id().value();
      ref(at, "parent", t.parent());
      for (ControlClaim c : t.controlClaims()) {
        ref(at, "controlClaims.controller", c.controller());
        ref(at, "controlClaims.claimedBy", c.claimedBy());
        ref(at, "controlClaims.statement", c.statement());
        c.sources().forEach(id -> ref(at, "controlClaims.sources", id));
      }
    }
    for (Incident i : feed.incidents()) {
      String at = i.id().value();
      for (Location l : i.locations()) {
        ref(at, "locations.territory", l.territory());
      }
      for (Participant p : i.participants()) {
        ref(at, "participants.actor", p.actor());
        p.attributedIn().forEach(id -> ref(at, "participants.attributedIn", id));
      }
      ref(at, "partOf", i.partOf());
      i.sources().forEach(id -> ref(at, "sources", id));
    }
    for (Statement s : feed.statements()) {
      String at = s.id().value();
      ref(at, "speaker", s.speaker());
      ref(at, "onBehalfOf", s.onBehalfOf());
      s.addressees().forEach(id -> ref(at, "addressees", id));
      for (Subject subject : s.subjects()) {
        ref(at, "subjects.about", subject.about());
      }
      s.sources().forEach(id -> ref(at, "sources", id));
    }
    for (CasualtyReport r : feed.casualtyReports()) {
      String at = r.id().value();
      ref(at, "reportedBy", r.reportedBy());
      ref(at, "incident", r.incident());
      ref(at, "territory", r.territory());
      for (CasualtyFigure f : r.figures()) {
        ref(at, "figures.side", f.side());
      }
      ref(at, "statement", r.statement());
      r.sources().forEach(id -> ref(at, "sources", id));
    }
  }

  private void ref(String at, String field, Optional<? extends EntityId> id) {
    id.ifPresent(i -> ref(at, field, i));
  }

  private void ref(String at, String field, EntityId id) {
    referenced.add(id);
    if (!feed.contains(id)) {
      unresolved.add(at + "." + field + " -> " + id.value());
    }
  }
}
