package dev.casus.core.casualty;

import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.incident.IncidentId;
import dev.casus.core.source.SourceId;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.text.FreeText;
import dev.casus.core.time.EdtfTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Casualty counts reported by someone, as of a date, about an incident or about a territory and
 * period. Several reports about the same incident are kept side by side, so that a consumer can
 * reconcile them later (UCDP-style low / best / high) without losing the disagreement.
 *
 * <p>In the seed feed: "One civilian has been killed, and 32 others sustained injuries,
 * authorities said" (about the strike on Ganja, by the Azerbaijani authorities); "The clashes ...
 * have killed dozens" (about the clashes since 2020-09-27, by TRT World); "Azerbaijan kills dozens
 * of Armenian soldiers".
 */
@Value.Immutable
public abstract class CasualtyReport implements Entity {

  CasualtyReport() {}

  /**
   * A builder for a casualty report.
   *
   * @return a new builder
   */
  public static ImmutableCasualtyReport.Builder builder() {
    return ImmutableCasualtyReport.builder();
  }

  /**
   * The report's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract CasualtyReportId id();

  /**
   * Who gave the figures ("authorities said": the Azerbaijani authorities).
   *
   * @return the reporting actor, if known
   */
  public abstract Optional<ActorId> reportedBy();

  /**
   * The date the figures are as of.
   *
   * @return the date, if known
   */
  public abstract Optional<EdtfTime> asOf();

  /**
   * The incident the figures are about.
   *
   * @return the incident, if the report is about one
   */
  public abstract Optional<IncidentId> incident();

  /**
   * The territory the figures are about, when they are not about one incident.
   *
   * @return the territory, if any
   */
  public abstract Optional<TerritoryId> territory();

  /**
   * The period the figures cover ({@code 2020-09-27/..} for "since September 27").
   *
   * @return the period, if stated
   */
  public abstract Optional<EdtfTime> period();

  /**
   * The counts, at most one per outcome, group and side.
   *
   * @return the figures, never empty
   */
  public abstract List<CasualtyFigure> figures();

  /**
   * The statement in which the figures were given.
   *
   * @return the statement, if in the feed
   */
  public abstract Optional<StatementId> statement();

  /**
   * Where the figures were reported.
   *
   * @return the sources, possibly empty
   */
  public abstract List<SourceId> sources();

  /**
   * Remarks on the figures (ACLED: "0 may mean unknown").
   *
   * @return the notes, if any
   */
  public abstract Optional<String> notes();

  /**
   * Producer extensions: members named {@code x-...}, as raw JSON text, kept through reading and
   * writing unchanged (see {@link Extensions}).
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  @Override
  public abstract Map<String, String> extensions();

  @Value.Check
  final void check() {
    Extensions.check("CasualtyReport", extensions());
    if (incident().isEmpty() && territory().isEmpty()) {
      throw new IllegalArgumentException(
          "CasualtyReport " + id() + " must be about an incident or a territory: both are absent");
    }
    if (figures().isEmpty()) {
      throw new IllegalArgumentException("CasualtyReport.figures must not be empty in " + id());
    }
    List<CasualtyFigure> figures = figures();
    // few figures (the common case) are compared pairwise; many go through a set
    Set<List<Object>> keys = figures.size() > 8 ? new HashSet<>() : null;
    for (int i = 0; i < figures.size(); i++) {
      CasualtyFigure f = figures.get(i);
      if (keys != null ? !keys.add(key(f)) : repeatsAnEarlierFigure(figures, i)) {
        throw new IllegalArgumentException(
            "CasualtyReport.figures holds two counts for "
                + f.outcome().wireName()
                + " / "
                + f.group().wireName()
                + f.side().map(s -> " / " + s).orElse("")
                + " in "
                + id());
      }
    }
    notes().ifPresent(n -> FreeText.check("CasualtyReport", "notes", n));
  }

  private static List<Object> key(CasualtyFigure f) {
    return List.of(f.outcome(), f.group(), f.side().map(ActorId::value).orElse(""));
  }

  private static boolean repeatsAnEarlierFigure(List<CasualtyFigure> figures, int i) {
    CasualtyFigure f = figures.get(i);
    for (int j = 0; j < i; j++) {
      CasualtyFigure g = figures.get(j);
      if (g.outcome() == f.outcome() && g.group() == f.group() && g.side().equals(f.side())) {
        return true;
      }
    }
    return false;
  }
}
