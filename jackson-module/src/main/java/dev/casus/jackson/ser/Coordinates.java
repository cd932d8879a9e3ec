package dev.casus.jackson.ser;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;

/**
 * Writes coordinates as the shortest decimal that reads back as the same double (Schubfach, the
 * same digits on every JDK), in plain notation without an exponent: {@code 40.6828}, {@code 40.0},
 * {@code 0.00001}.
 */
final class Coordinates {

  private Coordinates() {}

  static String format(double d) {
    String s = NumberOutput.toString(d, true);
    if (s.indexOf('E') < 0) {
      return s;
    }
    String plain = new BigDecimal(s).toPlainString();
    if (plain.indexOf('.') < 0) {
      return plain + ".0";
    }
    int end = plain.length();
    while (plain.charAt(end - 1) == '0' && plain.charAt(end - 2) != '.') {
      end--;
    }
    return plain.substring(0, end);
  }
}
