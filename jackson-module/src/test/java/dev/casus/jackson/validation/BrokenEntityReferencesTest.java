package dev.casus.jackson.validation;

import static dev.casus.jackson.validation.FeedText.feed;
import static dev.casus.jackson.validation.Located.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import dev.casus.core.validation.ValidationProfile;
import dev.casus.core.validation.ValidationReport;
import dev.casus.jackson.FeedValidator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An entity that cannot be read is reported once, for what is wrong with it: references to it
 * from other records are not also reported as unresolved, since the entity is there, and its id
 * still counts for duplicates. Without an id that can be read, there is nothing to refer to.
 */
class BrokenEntityReferencesTest {

  private static final FeedValidator STRICT = FeedValidator.create(ValidationProfile.strict());

  private static final String ACTOR =
      "'id': 'act-hajiyev', 'kind': 'person', 'name': 'Hikmet Hajiyev'";

  /** The strike on Ganja with a date that is not EDTF. */
  private static final String BROKEN_INCIDENT =
      FeedValidatorTest.INCIDENT.replace("'2020-10-04'", "'4 Oct 2020'");

  private static final String ACCUSATION =
      "'id': 'st-hajiyev', 'kind': 'accusation', 'speaker': 'act-hajiyev', 'time': '2020-10-04',"
          + " 'subjects': [{'incident': 'inc-ganja', 'stance': 'asserts'}]";

  @Test
  void referenceToABrokenEntityIsNotAlsoUnresolved() {
    String document = feed().actor(ACTOR).incident(BROKEN_INCIDENT).statement(ACCUSATION).document();
    Finding f = only(STRICT.validateDocument(document), FindingCode.MALFORMED_EDTF);
    assertEquals("/incidents/0/time", f.pointer());
  }

  @Test
  void brokenEntityThatComesAfterTheReferenceAlsoResolvesIt() {
    // statements come after incidents in a document: an incident's participant attributed to a
    // statement refers forward, to a statement whose time is broken
    String document =
        feed()
            .actor(ACTOR)
            .incident(
                FeedValidatorTest.INCIDENT
                    + ", 'participants': [{'actor': 'act-hajiyev', 'role': 'target', 'certainty':"
                    + " 'alleged', 'attributedIn': ['st-hajiyev']}]")
            .statement(ACCUSATION.replace("'2020-10-04'", "'yesterday'"))
            .document();
    Finding f = only(STRICT.validateDocument(document), FindingCode.MALFORMED_EDTF);
    assertEquals("/statements/0/time", f.pointer());
  }

  @Test
  void brokenEntityStillTakesItsId() {
    String document =
        feed()
            .incident(BROKEN_INCIDENT)
            .incident(BROKEN_INCIDENT.replace("'4 Oct 2020'", "'2020-10-04'"))
            .document();
    ValidationReport report = STRICT.validateDocument(document);
    assertEquals(
        List.of("malformed_edtf /incidents/0/time", "duplicate_id /incidents/1/id"),
        report.findings().stream()
            .map(x -> x.code().wireName() + " " + x.pointer())
            .collect(Collectors.toList()),
        report::toString);
  }

  @Test
  void entityWhoseIdCannotBeReadLeavesItsReferencesUnresolved() {
    String document =
        feed()
            .actor(ACTOR)
            .incident(BROKEN_INCIDENT.replace("'inc-ganja'", "'inc ganja'"))
            .statement(ACCUSATION)
            .document();
    ValidationReport report = STRICT.validateDocument(document);
    assertEquals(
        List.of(
            "malformed_id /incidents/0/id",
            "malformed_edtf /incidents/0/time",
            "unresolved_reference /statements/0/subjects/0/incident"),
        report.findings().stream()
            .map(x -> x.code().wireName() + " " + x.pointer())
            .collect(Collectors.toList()),
        report::toString);
  }

  @Test
  void inJsonLinesABrokenRecordWithAReadableIdResolvesReferencesToo() {
    ValidationReport report =
        jsonLines(
            "{'type': 'actor', " + ACTOR + "}",
            "{'type': 'incident', " + BROKEN_INCIDENT + "}",
            "{'type': 'statement', " + ACCUSATION + "}");
    assertEquals(List.of("2 malformed_edtf"), lineCodes(report), report::toString);
  }

  @Test
  void inJsonLinesABrokenRecordStillTakesItsId() {
    ValidationReport report =
        jsonLines(
            "{'type': 'incident', " + BROKEN_INCIDENT + "}",
            "{'type': 'incident', " + FeedValidatorTest.INCIDENT + "}");
    assertEquals(List.of("1 malformed_edtf", "2 duplicate_id"), lineCodes(report), report::toString);
  }

  private static ValidationReport jsonLines(String... lines) {
    byte[] bytes = FeedText.q(String.join("\n", lines)).getBytes(StandardCharsets.UTF_8);
    return STRICT.validateJsonLines(new ByteArrayInputStream(bytes));
  }

  private static List<String> lineCodes(ValidationReport report) {
    return report.findings().stream()
        .map(x -> x.line().orElse(-1) + " " + x.code().wireName())
        .collect(Collectors.toList());
  }
}
