package dev.casus.interop.support;

import java.math.BigDecimal;

/** Writes coordinates in the plain decimal notation datasets use ({@code 40.8308}, never 4.08E1). */
public final class Decimals {

  private Decimals() {}

  /**
   * {@code value} in plain decimal notation with at least {@code minScale} digits after the point
   * when it can be written exactly that way ({@code 40.254} with scale 4 is {@code 40.2540}), and
   * otherwise with the shortest digits that read back as the same double.
   *
   * @param value a finite number
   * @param minScale the number of decimals to pad to, 0 for none
   * @return the text
   */
  public static String plain(double value, int minScale) {
    BigDecimal d = BigDecimal.valueOf(value);
    if (d.scale() < minScale) {
      d = d.setScale(minScale);
    } else if (d.scale() > 0) {
      d = d.stripTrailingZeros();
      if (d.scale() < minScale) {
        d = d.setScale(minScale);
      }
    }
    String s = d.toPlainString();
    return s.equals("-0") ? "0" : s;
  }
}
