package dev.casus.core.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorCodeListsTest {

  @Test
  void actorKindWireNamesArePinned() {
    assertEquals(
        List.of(
            "state",
            "government_body",
            "state_forces",
            "de_facto_authority",
            "rebel_group",
            "political_militia",
            "identity_militia",
            "rioters",
            "protesters",
            "civilians",
            "external_force",
            "international_organisation",
            "person",
            "media",
            "other"),
        wireNames(ActorKind.class));
  }

  @Test
  void actorKindRoundTripsThroughWireName() {
    for (ActorKind kind : ActorKind.values()) {
      assertEquals(Optional.of(kind), CodeList.fromWireName(ActorKind.class, kind.wireName()));
    }
    assertEquals(Optional.empty(), CodeList.fromWireName(ActorKind.class, "STATE"));
    assertEquals(Optional.empty(), CodeList.fromWireName(ActorKind.class, "militia"));
  }

  @Test
  void acledInterCodesOfEveryKind() {
    assertEquals(OptionalInt.of(1), ActorKind.STATE.acledInterCode());
    assertEquals(OptionalInt.of(1), ActorKind.GOVERNMENT_BODY.acledInterCode());
    assertEquals(OptionalInt.of(1), ActorKind.STATE_FORCES.acledInterCode());
    assertEquals(OptionalInt.of(2), ActorKind.DE_FACTO_AUTHORITY.acledInterCode());
    assertEquals(OptionalInt.of(2), ActorKind.REBEL_GROUP.acledInterCode());
    assertEquals(OptionalInt.of(3), ActorKind.POLITICAL_MILITIA.acledInterCode());
    assertEquals(OptionalInt.of(4), ActorKind.IDENTITY_MILITIA.acledInterCode());
    assertEquals(OptionalInt.of(5), ActorKind.RIOTERS.acledInterCode());
    assertEquals(OptionalInt.of(6), ActorKind.PROTESTERS.acledInterCode());
    assertEquals(OptionalInt.of(7), ActorKind.CIVILIANS.acledInterCode());
    assertEquals(OptionalInt.of(8), ActorKind.EXTERNAL_FORCE.acledInterCode());
    assertEquals(OptionalInt.of(8), ActorKind.INTERNATIONAL_ORGANISATION.acledInterCode());
    assertEquals(OptionalInt.empty(), ActorKind.PERSON.acledInterCode());
    assertEquals(OptionalInt.empty(), ActorKind.MEDIA.acledInterCode());
    assertEquals(OptionalInt.empty(), ActorKind.OTHER.acledInterCode());
  }

  @Test
  void fromAcledInterCodeReadsEachCode() {
    assertEquals(ActorKind.STATE_FORCES, ActorKind.fromAcledInterCode(1));
    assertEquals(ActorKind.REBEL_GROUP, ActorKind.fromAcledInterCode(2));
    assertEquals(ActorKind.POLITICAL_MILITIA, ActorKind.fromAcledInterCode(3));
    assertEquals(ActorKind.IDENTITY_MILITIA, ActorKind.fromAcledInterCode(4));
    assertEquals(ActorKind.RIOTERS, ActorKind.fromAcledInterCode(5));
    assertEquals(ActorKind.PROTESTERS, ActorKind.fromAcledInterCode(6));
    assertEquals(ActorKind.CIVILIANS, ActorKind.fromAcledInterCode(7));
    assertEquals(ActorKind.EXTERNAL_FORCE, ActorKind.fromAcledInterCode(8));
  }

  @Test
  void interCodesRoundTrip() {
    for (int code = 1; code <= 8; code++) {
      assertEquals(OptionalInt.of(code), ActorKind.fromAcledInterCode(code).acledInterCode());
    }
    for (ActorKind kind : ActorKind.values()) {
      kind.acledInterCode()
          .ifPresent(
              code ->
                  assertEquals(
                      OptionalInt.of(code),
                      ActorKind.fromAcledInterCode(code).acledInterCode(),
                      kind.name()));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -1, Integer.MAX_VALUE})
  void fromAcledInterCodeRejectsCodesOutsideOneToEight(int code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ActorKind.fromAcledInterCode(code));
    assertTrue(e.getMessage().contains("ACLED inter code"), e.getMessage());
    assertTrue(e.getMessage().contains("between 1 and 8"), e.getMessage());
    assertTrue(e.getMessage().endsWith("got " + code), e.getMessage());
  }

  private static <E extends Enum<E> & CodeList> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(CodeList::wireName).toList();
  }
}
