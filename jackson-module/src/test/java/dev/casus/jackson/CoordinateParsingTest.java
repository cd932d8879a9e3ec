package dev.casus.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.casus.core.geo.GeoPoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Coordinates are read with Jackson's fast double parser; it must give exactly the double that
 * {@link Double#parseDouble} gives for every way a coordinate can be written: shortest form,
 * exponent form, the exact decimal expansion of a double, and the halfway points between two
 * neighbouring doubles, where rounding decides.
 */
class CoordinateParsingTest {

  private final CasusJson json = CasusJson.strict();

  @Test
  void everyFormReadsAsDoubleParseDoubleReadsIt() {
    SplittableRandom random = new SplittableRandom(20201004L);
    List<String> texts = new ArrayList<>();
    for (String fixed :
        new String[] {
          "40.6828", "46.3606", "0", "-0", "0.0", "-0.0", "90", "-90", "90.0", "1e1", "4.06828E1",
          "4.9E-324", "2.2250738585072014E-308", "1e-400", "0.00001", "1E-5", "-12.5e-0",
          "40.68280000000000000000000000000000000000000000000000001"
        }) {
      texts.add(fixed);
    }
    for (int i = 0; i < 5_000; i++) {
      double d = (random.nextDouble() * 2 - 1) * (random.nextBoolean() ? 90 : 1e-3);
      BigDecimal exact = new BigDecimal(d);
      BigDecimal next = new BigDecimal(Math.nextUp(d));
      String halfway = exact.add(next).divide(BigDecimal.valueOf(2)).toPlainString();
      texts.add(Double.toString(d));
      texts.add(String.format("%.17e", d));
      texts.add(shorten(exact.toPlainString()));
      texts.add(shorten(halfway));
    }
    for (String text : texts) {
      GeoPoint p =
          json.readValue("{\"latitude\":" + text + ",\"longitude\":" + text + "}", GeoPoint.class);
      // GeoPoint stores -0.0 as 0.0; adding 0.0 does the same to the expected value
      double expected = Double.parseDouble(text) + 0.0;
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(p.latitude()), text);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(p.longitude()), text);
    }
  }

  /** Numbers longer than 100 characters are a reader limit; keep the test inside it. */
  private static String shorten(String number) {
    return number.length() <= 100 ? number : number.substring(0, 100);
  }
}
