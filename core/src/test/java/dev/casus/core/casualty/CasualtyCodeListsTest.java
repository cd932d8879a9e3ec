package dev.casus.core.casualty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasualtyCodeListsTest {

  @Test
  void casualtyOutcomeWireNamesArePinned() {
    assertEquals(
        List.of("killed", "injured", "missing", "captured", "displaced"),
        wireNames(CasualtyOutcome.class));
  }

  @Test
  void casualtyGroupWireNamesArePinned() {
    assertEquals(List.of("civilian", "military", "unknown"), wireNames(CasualtyGroup.class));
  }

  @Test
  void everyConstantRoundTripsThroughItsWireName() {
    assertRoundTrip(CasualtyOutcome.class);
    assertRoundTrip(CasualtyGroup.class);
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
