package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.casus.core.estimate.Estimate;
import dev.casus.core.validation.Finding;
import dev.casus.core.validation.FindingCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts are JSON integers 0..2^53-1; anything else is a located number_out_of_range. */
class NumbersTest extends CasusJsonTestBase {

  private static final String TERRITORY = "'id':'ter-1','kind':'city','name':'Ganja'";

  private String population(String value) {
    return feedWith("territories", TERRITORY + ",'population':" + value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1e999999999", "18446744073709551616", "-1", "1.5", "9007199254740992", "1.0",
          "1e2", "-0.0", "123456789012345678901234567890"})
  void countThatIsNotAnIntegerInRangeIsNumberOutOfRange(String number) {
    String doc = population(number);
    CasusReadException e =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> readFails(doc));
    Finding f =
        assertFinding(
            e,
            FindingCode.NUMBER_OUT_OF_RANGE,
            "/territories/0/population",
            5,
            col(doc, 5, "'population':") + "'population':".length());
    assertMessageContains(f, number);
  }

  @Test
  void largestCountIsAccepted() {
    assertEquals(
        Estimate.exactly(9007199254740991L),
        read(population("9007199254740991")).territories().get(0).population().get());
  }

  @Test
  void negativeZeroIntegerIsZero() {
    assertEquals(
        Estimate.exactly(0), read(population("-0")).territories().get(0).population().get());
  }

  @Test
  void hugeExponentInsideAnEstimateObjectIsLocated() {
    String doc = population("{'low': 1e999999999}");
    Finding f =
        assertFinding(
            readFails(doc),
            FindingCode.NUMBER_OUT_OF_RANGE,
            "/territories/0/population/low",
            5,
            col(doc, 5, "1e999999999"));
    assertMessageContains(f, "Estimate.low must be an integer written without fraction or exponent");
  }

  @Test
  void latitudeThatDoesNotFitADoubleIsNumberOutOfRange() {
    String doc = feedWith("territories", TERRITORY + ",'point':{'latitude':1e999,'longitude':1}");
    assertFinding(
        readFails(doc),
        FindingCode.NUMBER_OUT_OF_RANGE,
        "/territories/0/point/latitude",
        5,
        col(doc, 5, "1e999"));
  }

  @Test
  void coordinatesAcceptIntegersAndExponents() {
    String doc =
        feedWith("territories", TERRITORY + ",'point':{'latitude':40,'longitude':4.63606e1}");
    var point = read(doc).territories().get(0).point().get();
    assertEquals(40.0, point.latitude());
    assertEquals(46.3606, point.longitude());
  }
}
