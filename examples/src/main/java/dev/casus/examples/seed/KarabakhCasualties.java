package dev.casus.examples.seed;

import static dev.casus.examples.seed.KarabakhIds.*;

import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.estimate.Estimate;
import dev.casus.core.time.EdtfTime;
import java.util.List;

/**
 * The casualty figures of the seed article. Each is a report by someone, as of a date, about an
 * incident, and each count is an {@link Estimate} that keeps the words it was given in: "32
 * others" is exactly 32, "dozens" is at least 24 with no upper bound.
 */
final class KarabakhCasualties {

  private KarabakhCasualties() {}

  static List<CasualtyReport> all() {
    return List.of(ganja(), mingachevir(), clashes(), armenianSoldiers());
  }

  /**
   * "One civilian has been killed, and 32 others sustained injuries, authorities said." Reported
   * by the Azerbaijani authorities, in the statement {@code
   * st-azerbaijani-authorities-ganja-casualties}.
   */
  static CasualtyReport ganja() {
    return CasualtyReport.builder()
        .id(CR_GANJA)
        .reportedBy(ACT_AZERBAIJANI_AUTHORITIES)
        .asOf(EdtfTime.parse("2020-10-04"))
        .incident(INC_GANJA_STRIKE)
        .territory(TER_GANJA)
        .addFigures(
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.KILLED)
                .group(CasualtyGroup.CIVILIAN)
                .side(ACT_AZERBAIJAN)
                .count(Estimate.exactly(1).withText("One civilian"))
                .build(),
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.INJURED)
                .group(CasualtyGroup.CIVILIAN)
                .side(ACT_AZERBAIJAN)
                .count(Estimate.exactly(32).withText("32 others"))
                .build())
        .statement(ST_AZ_AUTHORITIES_GANJA_CASUALTIES)
        .addSource(SRC_TRT)
        .notes(
            "\"32 others\" follows \"one civilian\" and the officials' statement that no military"
                + " objects were hit; it is read as 32 injured civilians.")
        .build();
  }

  /**
   * "According to Hajiyev, no serious damage was inflicted on the infrastructure in Mingachevir,
   * but "civilians (have been) wounded."" No number: the plural says at least two.
   */
  private static CasualtyReport mingachevir() {
    return CasualtyReport.builder()
        .id(CR_MINGACHEVIR)
        .reportedBy(ACT_HAJIYEV)
        .asOf(EdtfTime.parse("2020-10-04"))
        .incident(INC_MINGACHEVIR_STRIKE)
        .territory(TER_MINGACHEVIR)
        .addFigure(
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.INJURED)
                .group(CasualtyGroup.CIVILIAN)
                .side(ACT_AZERBAIJAN)
                .count(Estimate.atLeast(2).withText("civilians (have been) wounded"))
                .build())
        .statement(ST_HAJIYEV_MINGACHEVIR_DAMAGE)
        .addSource(SRC_TRT)
        .build();
  }

  /**
   * "The clashes erupted on September 27 and have killed dozens". TRT World says this in its own
   * voice, citing nobody, so TRT World is the reporter. Who was killed (soldiers or civilians, on
   * which side) is not said: group UNKNOWN, no side. "Dozens" is at least two dozen, with no upper
   * bound, and the word is kept.
   */
  static CasualtyReport clashes() {
    return CasualtyReport.builder()
        .id(CR_CLASHES)
        .reportedBy(ACT_TRT_WORLD)
        .asOf(EdtfTime.parse("2020-10-04"))
        .incident(INC_CLASHES)
        .period(EdtfTime.parse("2020-09-27/2020-10-04"))
        .addFigure(
            CasualtyFigure.of(
                CasualtyOutcome.KILLED,
                CasualtyGroup.UNKNOWN,
                Estimate.atLeast(24).withText("dozens")))
        .addSource(SRC_TRT)
        .build();
  }

  /**
   * "READ MORE: Azerbaijan kills dozens of Armenian soldiers in Karabakh fighting". Only the
   * headline of a linked TRT World article is known: the figure is TRT World's, its source is
   * that linked article, and its date is unknown (no asOf).
   */
  private static CasualtyReport armenianSoldiers() {
    return CasualtyReport.builder()
        .id(CR_ARMENIAN_SOLDIERS)
        .reportedBy(ACT_TRT_WORLD)
        .incident(INC_CLASHES)
        .addFigure(
            CasualtyFigure.builder()
                .outcome(CasualtyOutcome.KILLED)
                .group(CasualtyGroup.MILITARY)
                .side(ACT_ARMENIA)
                .count(Estimate.atLeast(24).withText("dozens"))
                .build())
        .addSource(SRC_READ_MORE_SOLDIERS)
        .notes("From the headline of a READ MORE link in the TRT World article of 2020-10-04")
        .build();
  }
}
