package dev.casus.examples.seed;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.code.CodeList;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.feed.Feed;
import dev.casus.core.geo.Location;
import dev.casus.core.incident.Incident;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementText;
import dev.casus.core.statement.TextForm;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plain-text summary of a {@link Feed} for people: how many entities of each kind it holds, each
 * incident with its time, places and participants (with each role's certainty and who said so),
 * the casualty figures with who reported them, the claims of control over territory, and, side by
 * side, the attributions that contradict each other.
 *
 * <p>It works on any feed, not only the seed feed. References the feed cannot resolve are printed
 * as their ids.
 */
public final class FeedSummary {

  private static final String INDENT = "  ";

  private final Feed feed;
  private final StringBuilder out = new StringBuilder();

  private FeedSummary(Feed feed) {
    this.feed = feed;
  }

  /**
   * Renders the summary of a feed.
   *
   * @param feed the feed to summarise
   * @return the summary, several lines of text, each ending in a line feed
   */
  public static String render(Feed feed) {
    FeedSummary summary = new FeedSummary(feed);
    summary.header();
    summary.counts();
    summary.incidents();
    summary.casualties();
    summary.control();
    summary.contested();
    return summary.out.toString();
  }

  // --- sections ---------------------------------------------------------------------------------

  private void header() {
    line(0, "Feed by " + feed.producer() + ", created " + feed.createdAt()
        + ", schema " + feed.schemaVersion() + (feed.partial() ? " (partial)" : ""));
    feed.description().ifPresent(d -> line(1, d));
  }

  private void counts() {
    section("Entities: " + feed.entityCount());
    line(1, count(feed.sources(), "source"));
    line(1, count(feed.actors(), "actor"));
    line(1, count(feed.territories(), "territory", "territories"));
    line(1, count(feed.incidents(), "incident"));
    line(1, count(feed.statements(), "statement"));
    line(1, count(feed.casualtyReports(), "casualty report"));
  }

  private void incidents() {
    section("Incidents");
    for (Incident incident : feed.incidents()) {
      line(1, incident.id() + ": " + incident.summary().orElse(incident.type().acledLabel()));
      line(2, incident.type().acledLabel() + ", " + incident.time().toEdtf() + ", "
          + words(incident.status()));
      if (!incident.locations().isEmpty()) {
        line(2, "where: " + join(incident.locations().stream().map(this::location).toList()));
      }
      if (!incident.means().isEmpty()) {
        line(2, "means: " + join(incident.means().stream().map(FeedSummary::words).toList()));
      }
      if (!incident.targets().isEmpty()) {
        line(2, "targets: " + join(incident.targets().stream().map(FeedSummary::words).toList()));
      }
      incident.partOf().ifPresent(p -> line(2, "part of: " + p));
      if (!incident.participants().isEmpty()) {
        line(2, "participants:");
        for (Participant p : incident.participants()) {
          line(3, String.format(Locale.ROOT, "%-12s %-30s %-9s %s",
              words(p.role()), actor(p.actor()), words(p.certainty()), saidBy(p.attributedIn())));
        }
      }
    }
  }

  private void casualties() {
    section("Casualty reports");
    for (CasualtyReport report : feed.casualtyReports()) {
      String about = report.incident().map(Object::toString)
          .or(() -> report.territory().map(this::territory)).orElse("?");
      line(1, report.id() + " about " + about);
      line(2, "reported by " + report.reportedBy().map(this::actor).orElse("(not said)")
          + report.asOf().map(t -> ", as of " + t.toEdtf()).orElse("")
          + report.statement().map(s -> ", in " + s).orElse(""));
      for (CasualtyFigure f : report.figures()) {
        line(2, words(f.outcome()) + ", " + words(f.group())
            + f.side().map(s -> ", " + actor(s)).orElse("") + ": " + estimate(f.count()));
      }
    }
  }

  private void control() {
    section("Control of territory");
    for (Territory territory : feed.territories()) {
      for (ControlClaim claim : territory.controlClaims()) {
        line(1, territory.name().text() + ": " + words(claim.status()) + " by "
            + actor(claim.controller())
            + claim.period().map(p -> ", " + p.toEdtf()).orElse("")
            + " (" + words(claim.certainty())
            + claim.claimedBy().map(c -> "; per " + actor(c)).orElse("")
            + claim.statement().map(s -> ", " + s).orElse("") + ")");
      }
    }
  }

  /**
   * Incidents where one role (usually the perpetrator) is attributed with more than one certainty:
   * alleged by one party, denied by another, claimed by a third. Each attribution is printed with
   * the statements that make it: speaker, channel, time and every text, quotation or paraphrase.
   */
  private void contested() {
    section("Contested attributions");
    boolean any = false;
    for (Incident incident : feed.incidents()) {
      Map<ParticipantRole, List<Participant>> byRole = new LinkedHashMap<>();
      for (Participant p : incident.participants()) {
        byRole.computeIfAbsent(p.role(), r -> new ArrayList<>()).add(p);
      }
      for (Map.Entry<ParticipantRole, List<Participant>> role : byRole.entrySet()) {
        Set<Certainty> certainties = EnumSet.noneOf(Certainty.class);
        role.getValue().forEach(p -> certainties.add(p.certainty()));
        if (certainties.size() < 2) {
          continue;
        }
        any = true;
        String where = join(incident.locations().stream()
            .map(l -> l.territory().map(this::territory).orElse("a point")).toList());
        line(1, incident.id() + " (" + where + ", " + incident.time().toEdtf() + "), who was the "
            + words(role.getKey()) + "?");
        for (Participant p : role.getValue()) {
          line(2, String.format(Locale.ROOT, "%-8s %s",
              p.certainty().name(), actor(p.actor())));
          for (StatementId s : p.attributedIn()) {
            statement(s);
          }
        }
      }
    }
    if (!any) {
      line(1, "(none)");
    }
  }

  // --- how things are written --------------------------------------------------------------------

  /** "per Hikmet Hajiyev (st-hajiyev-ganja-tweet), ...", or "(no statement cited)". */
  private String saidBy(List<StatementId> statements) {
    if (statements.isEmpty()) {
      return "(no statement cited)";
    }
    return "per " + join(statements.stream()
        .map(id -> feed.statement(id).map(s -> actor(s.speaker())).orElse("?") + " (" + id + ")")
        .toList());
  }

  /**
   * A statement on one line (speaker, on whose behalf, kind, channel, time, id), then each of its
   * texts on a line of its own: verbatim quotes in quotation marks, paraphrases marked as such.
   */
  private void statement(StatementId id) {
    Optional<Statement> found = feed.statement(id);
    if (found.isEmpty()) {
      line(3, id + " (not in the feed)");
      return;
    }
    Statement s = found.get();
    StringBuilder text = new StringBuilder(actor(s.speaker()));
    s.onBehalfOf().ifPresent(o -> text.append(" for ").append(actor(o)));
    text.append(", ").append(words(s.kind()));
    s.channel().ifPresent(c -> text.append(" by ").append(words(c)));
    s.time().ifPresent(t -> text.append(", ").append(t.toEdtf()));
    line(3, text.append(" [").append(id).append(']').toString());
    for (StatementText t : s.texts()) {
      line(4, text(t));
    }
  }

  /** A verbatim text in quotation marks; a paraphrase or translation marked as such. */
  private static String text(StatementText text) {
    return text.form() == TextForm.VERBATIM
        ? "\"" + text.text() + "\""
        : "(" + words(text.form()) + ") " + text.text();
  }

  private String location(Location location) {
    String place = location.territory().map(this::territory)
        .orElseGet(() -> location.point().map(Object::toString).orElse("?"));
    return place + " (" + words(location.precision())
        + location.description().map(d -> ", " + d).orElse("") + ")";
  }

  private String actor(ActorId id) {
    return feed.actor(id).map(a -> a.name().text()).orElse(id.value());
  }

  private String territory(TerritoryId id) {
    return feed.territory(id).map(t -> t.name().text()).orElse(id.value());
  }

  /**
   * An estimate in words: "1", "at least 24", "at most 7", "300000 to 999999", "about 50 (40 to
   * 60)", "about 50", "an unknown number", followed by the original phrase in quotation marks.
   */
  static String estimate(Estimate e) {
    boolean unbounded = e.low() == 0 && e.isOpen();
    String number;
    if (e.isExact()) {
      number = Long.toString(e.low());
    } else if (e.best().isPresent()) {
      number = "about " + e.best().getAsLong() + (unbounded ? "" : " (" + range(e) + ")");
    } else {
      number = unbounded ? "an unknown number" : range(e);
    }
    return number + e.text().map(t -> " (\"" + t + "\")").orElse("");
  }

  private static String range(Estimate e) {
    if (e.isOpen()) {
      return "at least " + e.low();
    }
    long high = e.high().getAsLong();
    return e.low() == 0 ? "at most " + high : e.low() + " to " + high;
  }

  private static String words(CodeList code) {
    return code.wireName().replace('_', ' ');
  }

  private static String count(Collection<?> entities, String singular) {
    return count(entities, singular, singular + "s");
  }

  private static String count(Collection<?> entities, String singular, String plural) {
    return entities.size() + " " + (entities.size() == 1 ? singular : plural);
  }

  private static String join(List<String> parts) {
    return parts.stream().collect(Collectors.joining(", "));
  }

  private void section(String title) {
    out.append('\n');
    line(0, title);
  }

  private void line(int depth, String text) {
    out.append(INDENT.repeat(depth)).append(text).append('\n');
  }
}
