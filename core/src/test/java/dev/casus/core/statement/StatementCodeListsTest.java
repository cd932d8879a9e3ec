package dev.casus.core.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementCodeListsTest {

  @Test
  void statementKindWireNamesArePinned() {
    assertEquals(
        List.of(
            "claim",
            "accusation",
            "denial",
            "confirmation",
            "claim_of_responsibility",
            "denial_of_responsibility",
            "order",
            "demand",
            "vow",
            "appeal",
            "condemnation",
            "congratulation",
            "threat",
            "assessment",
            "support"),
        wireNames(StatementKind.class));
  }

  @Test
  void channelWireNamesArePinned() {
    assertEquals(
        List.of(
            "tweet",
            "facebook_post",
            "social_media_post",
            "address_to_the_nation",
            "statement_to_media",
            "press_conference",
            "press_release",
            "interview",
            "official_statement",
            "speech",
            "other"),
        wireNames(Channel.class));
  }

  @Test
  void stanceWireNamesArePinned() {
    assertEquals(List.of("asserts", "denies", "disputes"), wireNames(Stance.class));
  }

  @Test
  void textFormWireNamesArePinned() {
    assertEquals(List.of("verbatim", "paraphrase", "translation"), wireNames(TextForm.class));
  }

  @Test
  void everyConstantRoundTripsThroughItsWireName() {
    assertRoundTrip(StatementKind.class);
    assertRoundTrip(Channel.class);
    assertRoundTrip(Stance.class);
    assertRoundTrip(TextForm.class);
  }

  private static <E extends Enum<E> & CodeList> List<String> wireNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(CodeList::wireName).toList();
  }

  private static <E extends Enum<E> & CodeList> void assertRoundTrip(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      assertEquals(Optional.of(constant), CodeList.fromWireName(type, constant.wireName()));
      assertEquals(Optional.empty(), CodeList.fromWireName(type, constant.name() + "_x"));
    }
  }
}
