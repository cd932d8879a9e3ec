package dev.casus.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EstimateTest {

  private static void assertEstimate(
      Estimate e, long low, OptionalLong best, OptionalLong high, Optional<String> text) {
    assertEquals(low, e.low(), "low");
    assertEquals(best, e.best(), "best");
    assertEquals(high, e.high(), "high");
    assertEquals(text, e.text(), "text");
  }

  private static void assertRejected(Executable construction, String... fragments) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message \"" + e.getMessage() + "\" should contain \"" + fragment + "\"");
    }
  }

  @Test
  void oneCivilianKilledIsExactlyOne() {
    Estimate killed = Estimate.exactly(1);
    assertEstimate(killed, 1, OptionalLong.of(1), OptionalLong.of(1), Optional.empty());
    assertTrue(killed.isExact());
    assertFalse(killed.isOpen());
  }

  @Test
  void thirtyTwoInjuredIsExactlyThirtyTwoWithThePhraseKept() {
    Estimate injured = Estimate.exactly(32).withText("32 others");
    assertEstimate(
        injured, 32, OptionalLong.of(32), OptionalLong.of(32), Optional.of("32 others"));
    assertTrue(injured.isExact());
  }

  @Test
  void dozensIsAtLeastTwentyFourWithNoInventedCeiling() {
    Estimate dozens = Estimate.atLeast(24).withText("dozens");
    assertEstimate(dozens, 24, OptionalLong.empty(), OptionalLong.empty(), Optional.of("dozens"));
    assertTrue(dozens.isOpen());
    assertFalse(dozens.isExact());
  }

  @Test
  void atLeastFourCities() {
    Estimate cities = Estimate.atLeast(4);
    assertEstimate(cities, 4, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    assertTrue(cities.isOpen());
  }

  @Test
  void atMostHasLowZeroAndAHigh() {
    Estimate e = Estimate.atMost(10);
    assertEstimate(e, 0, OptionalLong.empty(), OptionalLong.of(10), Optional.empty());
    assertFalse(e.isOpen());
    assertFalse(e.isExact());
    assertTrue(Estimate.atMost(0).isExact());
  }

  @Test
  void betweenWithAndWithoutBest() {
    assertEstimate(
        Estimate.between(5, 10), 5, OptionalLong.empty(), OptionalLong.of(10), Optional.empty());
    assertEstimate(
        Estimate.between(5, 7, 10), 5, OptionalLong.of(7), OptionalLong.of(10), Optional.empty());
    assertEstimate(
        Estimate.between(5, 5, 5), 5, OptionalLong.of(5), OptionalLong.of(5), Optional.empty());
  }

  @Test
  void approximatelyKeepsOnlyTheBestGuess() {
    Estimate e = Estimate.approximately(30).withText("about 30");
    assertEstimate(e, 0, OptionalLong.of(30), OptionalLong.empty(), Optional.of("about 30"));
    assertTrue(e.isOpen());
    assertFalse(e.isExact());
  }

  @Test
  void aSingleValueRangeIsExactEvenWithoutBest() {
    assertTrue(Estimate.between(5, 5).isExact());
    assertFalse(Estimate.between(5, 6).isExact());
    assertFalse(Estimate.atLeast(5).isExact());
  }

  @Test
  void builderDefaultsLowToZeroAndEverythingElseToAbsent() {
    Estimate unknown = Estimate.builder().build();
    assertEstimate(unknown, 0, OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
    assertEquals(Estimate.atLeast(0), unknown);
  }

  @Test
  void builderSetsEveryAttribute() {
    Estimate e = Estimate.builder().low(1).best(2).high(3).text("one to three").build();
    assertEstimate(e, 1, OptionalLong.of(2), OptionalLong.of(3), Optional.of("one to three"));
  }

  @Test
  void withTextLeavesTheOriginalUnchanged() {
    Estimate plain = Estimate.atLeast(24);
    Estimate withText = plain.withText("dozens");
    assertEquals(Optional.empty(), plain.text());
    assertEquals(Optional.of("dozens"), withText.text());
    assertEquals(plain.low(), withText.low());
  }

  @Test
  void equalsAndHashCodeFollowTheAttributes() {
    assertEquals(Estimate.exactly(5), Estimate.between(5, 5, 5));
    assertEquals(Estimate.exactly(5).hashCode(), Estimate.between(5, 5, 5).hashCode());
    assertEquals(Estimate.atLeast(24).withText("dozens"), Estimate.atLeast(24).withText("dozens"));
    assertEquals(
        Estimate.atLeast(24).withText("dozens").hashCode(),
        Estimate.atLeast(24).withText("dozens").hashCode());
    assertNotEquals(Estimate.exactly(5), Estimate.between(5, 5));
    assertNotEquals(Estimate.atLeast(24), Estimate.atLeast(24).withText("dozens"));
    assertNotEquals(Estimate.atLeast(24).withText("dozens"), Estimate.atLeast(24).withText("two dozen"));
    assertNotEquals(Estimate.atLeast(4), Estimate.atMost(4));
    assertNotEquals(Estimate.approximately(4), Estimate.atLeast(4));
  }

  @Test
  void negativeCountsAreRejected() {
    assertRejected(() -> Estimate.exactly(-1), "Estimate.low", "-1");
    assertRejected(() -> Estimate.atLeast(-1), "Estimate.low", "-1");
    assertRejected(() -> Estimate.between(-2, 3), "Estimate.low", "-2");
    assertRejected(() -> Estimate.between(-2, 1, 3), "Estimate.low", "-2");
    assertRejected(() -> Estimate.builder().low(-1).build(), "Estimate.low", "-1");
    assertRejected(() -> Estimate.builder().low(Long.MIN_VALUE).build(), "Estimate.low");
  }

  @Test
  void negativeHighIsRejectedAsBelowLow() {
    assertRejected(() -> Estimate.atMost(-1), "Estimate.low", "Estimate.high", "high=-1");
    assertRejected(() -> Estimate.builder().high(-5).build(), "Estimate.high", "high=-5");
  }

  @Test
  void negativeBestIsRejectedAsBelowLow() {
    assertRejected(() -> Estimate.approximately(-1), "Estimate.best", "best=-1");
  }

  @Test
  void lowAboveHighIsRejected() {
    assertRejected(
        () -> Estimate.between(5, 3), "Estimate.low must be <= Estimate.high, got low=5 high=3");
    assertRejected(
        () -> Estimate.builder().low(5).high(3).build(), "Estimate.low", "Estimate.high");
  }

  @Test
  void bestBelowLowIsRejected() {
    assertRejected(() -> Estimate.between(3, 1, 5), "Estimate.best", "Estimate.low", "best=1");
    assertRejected(
        () -> Estimate.builder().low(3).best(1).build(), "Estimate.best", "low=3", "best=1");
  }

  @Test
  void bestAboveHighIsRejected() {
    assertRejected(() -> Estimate.between(1, 7, 5), "Estimate.best", "Estimate.high", "best=7");
    assertRejected(
        () -> Estimate.builder().best(7).high(5).build(), "Estimate.best", "high=5");
  }

  @Test
  void blankTextIsRejected() {
    assertRejected(() -> Estimate.atLeast(24).withText(""), "Estimate.text");
    assertRejected(() -> Estimate.atLeast(24).withText("  \t"), "Estimate.text");
    assertRejected(() -> Estimate.builder().text(" ").build(), "Estimate.text");
  }

  @Test
  void nullTextIsRejected() {
    assertThrows(NullPointerException.class, () -> Estimate.atLeast(24).withText(null));
    assertThrows(NullPointerException.class, () -> Estimate.builder().text((String) null));
  }
}
