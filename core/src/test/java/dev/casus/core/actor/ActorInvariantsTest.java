package dev.casus.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.casus.core.name.Name;
import org.junit.jupiter.api.Test;

class ActorInvariantsTest {

  private static ImmutableActor.Builder hajiyev() {
    return Actor.builder()
        .id(ActorId.of("act-hajiyev"))
        .kind(ActorKind.PERSON)
        .name(Name.of("Hikmet Hajiyev"));
  }

  @Test
  void anAideWithAnAffiliation() {
    Actor a =
        hajiyev()
            .addAffiliation(Affiliation.of(ActorId.of("act-aliyev"), "aide to the President"))
            .build();
    assertEquals("aide to the President", a.affiliations().get(0).role().orElseThrow());
  }

  @Test
  void rejectsAnAffiliationWithItself() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> hajiyev().addAffiliation(Affiliation.of(ActorId.of("act-hajiyev"))).build());
    assertEquals("Actor.affiliations must not name the actor itself: act-hajiyev", e.getMessage());
  }

  @Test
  void rejectsBlankRole() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Affiliation.of(ActorId.of("act-mod"), " "));
    assertEquals("Affiliation.role must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankDescription() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> hajiyev().description("").build());
    assertEquals("Actor.description must not be blank", e.getMessage());
  }
}
