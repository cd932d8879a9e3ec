package dev.casus.core.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TerritoryCodeListsTest {

  @Test
  void territoryKindWireNamesArePinned() {
    assertEquals(
        List.of(
            "country", "region", "district", "subdistrict", "city", "locality", "area", "other"),
        wireNames(TerritoryKind.class));
  }

  @Test
  void controlStatusWireNamesArePinned() {
    assertEquals(
        List.of("controlled", "contested", "occupied", "unknown"), wireNames(ControlStatus.class));
  }

  @Test
  void everyConstantRoundTripsThroughItsWireName() {
    assertRoundTrip(TerritoryKind.class);
    assertRoundTrip(ControlStatus.class);
  }

  @Test
  void levelsFollowTheAdministrativeLadder() {
    assertEquals(0, TerritoryKind.COUNTRY.level());
    assertEquals(1, TerritoryKind.REGION.level());
    assertEquals(2, TerritoryKind.DISTRICT.level());
    assertEquals(3, TerritoryKind.SUBDISTRICT.level());
    assertEquals(4, TerritoryKind.CITY.level());
    assertEquals(4, TerritoryKind.LOCALITY.level());
    assertEquals(-1, TerritoryKind.AREA.level());
    assertEquals(-1, TerritoryKind.OTHER.level());
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
