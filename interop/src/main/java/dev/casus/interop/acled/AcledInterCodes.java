package dev.casus.interop.acled;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * ACLED's actor type codes ({@code inter1}, {@code inter2}) and interaction codes ({@code
 * interaction}), as numbers and as the text labels of ACLED's current API: 1 {@code State
 * forces}, 2 {@code Rebel group}, 3 {@code Political militia}, 4 {@code Identity militia}, 5
 * {@code Rioters}, 6 {@code Protesters}, 7 {@code Civilians}, 8 {@code External/Other forces}.
 *
 * <p>An interaction joins the two actor types, the lower code first: 18 is {@code State
 * forces-External/Other forces}; a single actor's type is followed by 0 and written {@code ...
 * only} (60 is {@code Protesters only}). ACLED writes one label against that rule: 78 is {@code
 * External/Other forces-Civilians}.
 */
public final class AcledInterCodes {

  private static final List<String> LABELS =
      List.of(
          "State forces",
          "Rebel group",
          "Political militia",
          "Identity militia",
          "Rioters",
          "Protesters",
          "Civilians",
          "External/Other forces");

  private AcledInterCodes() {}

  /**
   * The text label of an actor type code.
   *
   * @param code 1 to 8
   * @return e.g. {@code "State forces"} for 1
   * @throws IllegalArgumentException if {@code code} is not between 1 and 8
   */
  public static String label(int code) {
    if (code < 1 || code > 8) {
      throw new IllegalArgumentException("ACLED inter code must be between 1 and 8, got " + code);
    }
    return LABELS.get(code - 1);
  }

  /**
   * The actor type code of an {@code inter1} / {@code inter2} cell, given as a number ({@code 0}
   * to {@code 8}) or as a label, ignoring case and a plural {@code s} ({@code State Forces},
   * {@code Rebel groups}).
   *
   * @param cell the cell
   * @return the code, 0 to 8, or empty if the cell is neither
   */
  public static OptionalInt parse(String cell) {
    String c = cell.strip();
    if (c.matches("[0-8]")) {
      return OptionalInt.of(Integer.parseInt(c));
    }
    String wanted = c.toLowerCase(Locale.ROOT);
    for (int i = 0; i < LABELS.size(); i++) {
      String label = LABELS.get(i).toLowerCase(Locale.ROOT);
      if (wanted.equals(label) || wanted.equals(label + "s")) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The interaction code of two actor types: {@code 10 * lower + higher}, or {@code 10 * inter1}
   * when there is no second actor.
   *
   * @param inter1 the first actor's type, 1 to 8
   * @param inter2 the second actor's type, 1 to 8, or 0 for none
   * @return e.g. 18 for 8 and 1, 60 for 6 and 0
   * @throws IllegalArgumentException if a code is out of range
   */
  public static int interaction(int inter1, int inter2) {
    label(inter1);
    if (inter2 == 0) {
      return 10 * inter1;
    }
    label(inter2);
    return 10 * Math.min(inter1, inter2) + Math.max(inter1, inter2);
  }

  /**
   * The text label of an interaction code.
   *
   * @param code an interaction code such as 18 or 60
   * @return e.g. {@code "State forces-External/Other forces"}, {@code "Protesters only"}
   * @throws IllegalArgumentException if {@code code} is not an interaction code
   */
  public static String interactionLabel(int code) {
    int first = code / 10;
    int second = code % 10;
    if (code < 10 || code > 88 || first < 1 || (second != 0 && second < first)) {
      throw new IllegalArgumentException("not an ACLED interaction code: " + code);
    }
    if (second == 0) {
      return label(first) + " only";
    }
    if (first == 7 && second == 8) {
      return label(8) + "-" + label(7);
    }
    return label(first) + "-" + label(second);
  }

  /**
   * The interaction code of an {@code interaction} cell, a number or a label.
   *
   * @param cell the cell
   * @return the code, or empty if the cell is neither
   */
  public static OptionalInt parseInteraction(String cell) {
    String c = cell.strip();
    if (c.matches("[1-8][0-8]")) {
      int code = Integer.parseInt(c);
      return isInteraction(code) ? OptionalInt.of(code) : OptionalInt.empty();
    }
    for (int code = 10; code <= 88; code++) {
      if (isInteraction(code) && interactionLabel(code).equalsIgnoreCase(c)) {
        return OptionalInt.of(code);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isInteraction(int code) {
    int first = code / 10;
    int second = code % 10;
    return first >= 1 && first <= 8 && (second == 0 || (second >= first && second <= 8));
  }
}
