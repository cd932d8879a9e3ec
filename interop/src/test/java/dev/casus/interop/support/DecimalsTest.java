package dev.casus.interop.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void padsToTheMinimumScaleAndNeverUsesAnExponent() {
    assertEquals("40.2540", Decimals.plain(40.254, 4));
    assertEquals("40.8308", Decimals.plain(40.8308, 4));
    assertEquals("40.0000", Decimals.plain(40, 4));
    assertEquals("-1.2833", Decimals.plain(-1.2833, 4));
    assertEquals("0.00001", Decimals.plain(0.00001, 4));
    assertEquals("40.123456", Decimals.plain(40.123456, 4));
    assertEquals("40.0", Decimals.plain(40, 1));
    assertEquals("46.3606", Decimals.plain(46.3606, 1));
    assertEquals("40", Decimals.plain(40, 0));
    assertEquals("0", Decimals.plain(-0.0, 0));
  }
}
