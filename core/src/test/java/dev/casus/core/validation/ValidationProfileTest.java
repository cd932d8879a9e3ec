package dev.casus.core.validation;

import static dev.casus.core.validation.Fixtures.codesAndPointers;
import static dev.casus.core.validation.Fixtures.feed;
import static dev.casus.core.validation.Fixtures.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.feed.Feed;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidationProfileTest {

  /** An incident whose perpetrator is published elsewhere (or missing). */
  private static Feed pointingElsewhere(boolean partial) {
    return feed()
        .partial(partial)
        .addIncident(
            incident("inc-ganja")
                .addParticipant(
                    Participant.of(
                        ActorId.of("act-arm"), ParticipantRole.PERPETRATOR, Certainty.ALLEGED))
                .build())
        .build();
  }

  private static Finding unknownMember() {
    return Finding.of(
        FindingCode.UNKNOWN_MEMBER, "/incidents/0/casualties", "unknown member \"casualties\"");
  }

  @Test
  void strictIsTheDefault() {
    ValidationProfile strict = ValidationProfile.strict();
    assertEquals(ValidationProfile.builder().build(), strict);
    assertEquals(Set.of(), strict.disabled());
    assertEquals(1000, strict.maxFindings());
    for (FindingCode code : FindingCode.values()) {
      assertTrue(strict.isEnabled(code));
    }
  }

  @Test
  void strictReportsUnknownMembersAsErrorsLenientAsWarnings() {
    ValidationReport.Collector strict = ValidationReport.collector(ValidationProfile.strict());
    ValidationReport.Collector lenient = ValidationReport.collector(ValidationProfile.lenient());
    strict.add(unknownMember());
    lenient.add(unknownMember());
    assertEquals(Severity.ERROR, strict.build().findings().get(0).severity());
    assertFalse(strict.build().isValid());
    assertEquals(Severity.WARNING, lenient.build().findings().get(0).severity());
    assertTrue(lenient.build().isValid());
  }

  @Test
  void unresolvedReferencesAreErrorsInAWholeFeed() {
    for (ValidationProfile profile :
        List.of(ValidationProfile.strict(), ValidationProfile.lenient())) {
      ValidationReport report = ModelValidator.validate(pointingElsewhere(false), profile);
      assertEquals(Severity.ERROR, report.findings().get(0).severity());
      assertFalse(report.isValid());
    }
  }

  @Test
  void unresolvedReferencesAreWarningsInAPartialFeedInEveryProfile() {
    for (ValidationProfile profile :
        List.of(ValidationProfile.strict(), ValidationProfile.lenient())) {
      ValidationReport report = ModelValidator.validate(pointingElsewhere(true), profile);
      assertEquals(
          List.of("unresolved_reference /incidents/0/participants/0/actor"),
          codesAndPointers(report));
      Finding f = report.findings().get(0);
      assertEquals(Severity.WARNING, f.severity());
      assertEquals(
          "no actor with id \"act-arm\" in the feed; the feed is declared partial, so it may be"
              + " published elsewhere",
          f.message());
      assertTrue(report.isValid());
    }
  }

  @Test
  void anExplicitSeverityOverridesThePartialFeedDowngrade() {
    ValidationProfile profile =
        ValidationProfile.strict().withSeverity(FindingCode.UNRESOLVED_REFERENCE, Severity.ERROR);
    ValidationReport report = ModelValidator.validate(pointingElsewhere(true), profile);
    assertEquals(Severity.ERROR, report.findings().get(0).severity());
    assertFalse(report.isValid());
  }

  @Test
  void aDisabledCodeIsNeitherListedNorCountedNorLimited() {
    ValidationProfile profile =
        ValidationProfile.strict().disable(FindingCode.UNRESOLVED_REFERENCE).limitedTo(1);
    ValidationReport report = ModelValidator.validate(ManyProblemsFeed.feed(), profile);
    long others =
        ManyProblemsFeed.EXPECTED.stream().filter(s -> !s.startsWith("unresolved")).count();
    assertEquals(List.of("source_cycle /sources/0/partOf"), codesAndPointers(report));
    assertEquals(others - 1, report.omittedCount());
    assertFalse(profile.isEnabled(FindingCode.UNRESOLVED_REFERENCE));
  }

  @Test
  void disablingTheOnlyProblemMakesTheFeedValid() {
    ValidationReport report =
        ModelValidator.validate(
            pointingElsewhere(false),
            ValidationProfile.strict().disable(FindingCode.UNRESOLVED_REFERENCE));
    assertEquals(List.of(), report.findings());
    assertTrue(report.isValid());
  }

  @Test
  void enableUndoesDisable() {
    ValidationProfile profile =
        ValidationProfile.strict()
            .disable(FindingCode.DATED_AFTER_FEED, FindingCode.ASSERTS_AND_DENIES)
            .enable(FindingCode.DATED_AFTER_FEED);
    assertEquals(Set.of(FindingCode.ASSERTS_AND_DENIES), profile.disabled());
    assertTrue(profile.isEnabled(FindingCode.DATED_AFTER_FEED));
  }

  @Test
  void applyDropsDisabledAndOverridesSeverity() {
    ValidationProfile profile =
        ValidationProfile.strict()
            .disable(FindingCode.DATED_AFTER_FEED)
            .withSeverity(FindingCode.INCIDENT_WITHOUT_LOCATION, Severity.INFO);
    Finding late = Finding.of(FindingCode.DATED_AFTER_FEED, "/incidents/0/time", "late");
    Finding nowhere = Finding.of(FindingCode.INCIDENT_WITHOUT_LOCATION, "/incidents/0", "nowhere");
    Finding cycle = Finding.of(FindingCode.TERRITORY_CYCLE, "/territories/0/parent", "cycle");
    assertEquals(Optional.empty(), profile.apply(late));
    assertEquals(Severity.INFO, profile.apply(nowhere).orElseThrow().severity());
    assertEquals("nowhere", profile.apply(nowhere).orElseThrow().message());
    assertEquals(Optional.of(cycle), profile.apply(cycle));
  }

  @Test
  void aFindingLimitBelowOneIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValidationProfile.strict().limitedTo(0));
    assertEquals("ValidationProfile.maxFindings must be >= 1, got 0", e.getMessage());
  }
}
