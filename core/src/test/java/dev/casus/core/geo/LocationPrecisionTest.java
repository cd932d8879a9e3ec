package dev.casus.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocationPrecisionTest {

  @Test
  void wireNamesAreTheLowerCaseConstantNames() {
    assertEquals("exact", LocationPrecision.EXACT.wireName());
    assertEquals("near", LocationPrecision.NEAR.wireName());
    assertEquals("district", LocationPrecision.DISTRICT.wireName());
    assertEquals("region", LocationPrecision.REGION.wireName());
    assertEquals("country", LocationPrecision.COUNTRY.wireName());
    assertEquals("international", LocationPrecision.INTERNATIONAL.wireName());
  }

  @Test
  void constantsRunFromMostToLeastPrecise() {
    assertEquals(
        List.of(
            LocationPrecision.EXACT,
            LocationPrecision.NEAR,
            LocationPrecision.DISTRICT,
            LocationPrecision.REGION,
            LocationPrecision.COUNTRY,
            LocationPrecision.INTERNATIONAL),
        List.of(LocationPrecision.values()));
  }

  @Test
  void wireNamesRoundTrip() {
    for (LocationPrecision p : LocationPrecision.values()) {
      assertEquals(Optional.of(p), CodeList.fromWireName(LocationPrecision.class, p.wireName()));
    }
    assertEquals(Optional.empty(), CodeList.fromWireName(LocationPrecision.class, "EXACT"));
    assertEquals(Optional.empty(), CodeList.fromWireName(LocationPrecision.class, "street"));
  }
}
