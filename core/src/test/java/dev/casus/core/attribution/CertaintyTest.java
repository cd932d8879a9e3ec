package dev.casus.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.code.CodeList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertaintyTest {

  @Test
  void constantsAndWireNames() {
    assertEquals(
        List.of("confirmed", "alleged", "claimed", "denied", "unknown"),
        List.of(Certainty.values()).stream().map(Certainty::wireName).toList());
  }

  @Test
  void wireNamesRoundTrip() {
    for (Certainty c : Certainty.values()) {
      assertEquals(Optional.of(c), CodeList.fromWireName(Certainty.class, c.wireName()));
    }
    assertEquals(Optional.empty(), CodeList.fromWireName(Certainty.class, "Confirmed"));
    assertEquals(Optional.empty(), CodeList.fromWireName(Certainty.class, "disputed"));
  }
}
