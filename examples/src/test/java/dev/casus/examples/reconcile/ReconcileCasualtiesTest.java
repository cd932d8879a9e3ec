package dev.casus.examples.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.casualty.CasualtyReport;
import dev.casus.core.casualty.CasualtyReportId;
import dev.casus.examples.Captured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ReconcileCasualties prints each report, then the reconciled low / best / high with sources. */
class ReconcileCasualtiesTest {

  @Test
  void printsTheReportsAndTheirReconciliation() throws Exception {
    String out = Captured.run(() -> ReconcileCasualties.main(new String[0])).out();

    assertEquals(
        String.join(
            "\n",
            "Casualty reports about inc-ganja-strike-2020-10-04:",
            "  cr-ganja-authorities by act-azerbaijani-authorities, as of 2020-10-04,"
                + " sources src-trt-2020-10-04",
            "    killed civilian (side act-azerbaijan): 1 \"One civilian\"",
            "    injured civilian (side act-azerbaijan): 32 \"32 others\"",
            "  cr-ganja-follow-up-hypothetical by act-azerbaijani-authorities, as of 2020-10-06,"
                + " sources src-hypothetical-follow-up",
            "    killed civilian (side act-azerbaijan): at least 2 \"at least two civilians\"",
            "    injured civilian (side act-azerbaijan): 34",
            "Reconciled (lowest low, median best, highest high):",
            // "One civilian" and "at least two": the lowest low is 1, the only best is 1, and
            // "at least" leaves the high open
            "  killed civilian (side act-azerbaijan): low 1, best 1, high open",
            "    from cr-ganja-authorities, cr-ganja-follow-up-hypothetical;"
                + " sources src-trt-2020-10-04, src-hypothetical-follow-up",
            // 32 and 34: the median of two is the lower one
            "  injured civilian (side act-azerbaijan): low 32, best 32, high 34",
            "    from cr-ganja-authorities, cr-ganja-follow-up-hypothetical;"
                + " sources src-trt-2020-10-04, src-hypothetical-follow-up",
            ""),
        out);
  }

  @Test
  void theReportsAreTheSeedsGanjaReportThenTheHypotheticalOne() {
    assertEquals(
        List.of(
            CasualtyReportId.of("cr-ganja-authorities"),
            CasualtyReportId.of("cr-ganja-follow-up-hypothetical")),
        ReconcileCasualties.reports().stream().map(CasualtyReport::id).toList());
  }
}
