package dev.casus.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.casus.core.actor.ActorId;
import dev.casus.core.incident.IncidentId;
import org.junit.jupiter.api.Test;

class StatementInvariantsTest {

  private static ImmutableStatement.Builder stepanian() {
    return Statement.builder()
        .id(StatementId.of("st-stepanian"))
        .kind(StatementKind.DENIAL)
        .speaker(ActorId.of("act-stepanian"));
  }

  @Test
  void aDenialOfAStrikeDisputingAnotherStatement() {
    Statement s =
        stepanian()
            .onBehalfOf(ActorId.of("act-mod-arm"))
            .channel(Channel.FACEBOOK_POST)
            .addText(StatementText.verbatim("no fire was opened from Armenia in the direction of Azerbaijan"))
            .addSubject(Subject.of(IncidentId.of("inc-ganja"), Stance.DENIES))
            .addSubject(Subject.of(StatementId.of("st-hajiyev"), Stance.DISPUTES))
            .build();
    assertEquals(2, s.subjects().size());
    assertEquals(TextForm.VERBATIM, s.texts().get(0).form());
  }

  @Test
  void rejectsAStatementAboutItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                stepanian()
                    .addSubject(Subject.of(StatementId.of("st-stepanian"), Stance.ASSERTS))
                    .build());
    assertEquals("Statement.subjects must not name the statement itself: st-stepanian", e.getMessage());
  }

  @Test
  void rejectsSpeakingOnBehalfOfOneself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> stepanian().onBehalfOf(ActorId.of("act-stepanian")).build());
    assertEquals(
        "Statement.onBehalfOf must differ from Statement.speaker, both are act-stepanian",
        e.getMessage());
  }

  @Test
  void rejectsMalformedTextLanguageAndBlankText() {
    IllegalArgumentException lang =
        assertThrows(
            IllegalArgumentException.class,
            () -> StatementText.builder().form(TextForm.VERBATIM).text("x").language("english").build());
    assertEquals(
        "StatementText.language \"english\" is not a well-formed BCP 47 language tag: expected e.g."
            + " \"en\", \"az-Latn\" or \"hy-AM\"",
        lang.getMessage());
    IllegalArgumentException blank =
        assertThrows(IllegalArgumentException.class, () -> StatementText.paraphrase(""));
    assertEquals("StatementText.text must not be blank", blank.getMessage());
  }

  @Test
  void aSubjectWithTheSameIdValueButAnotherKindIsNotTheStatementItself() {
    Statement s =
        stepanian().addSubject(Subject.of(IncidentId.of("st-stepanian"), Stance.DENIES)).build();
    assertEquals(1, s.subjects().size());
  }
}
