package dev.casus.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised checks, with a fixed seed so failures repeat. The number of tries follows the build's
 * {@code casus.property.tries} system property (200 by default).
 */
class EdtfParserFuzzTest {

  private static final long SEED = 0x5EED_2020_1004L;
  private static final int TRIES = Integer.getInteger("casus.property.tries", 200);

  /** Characters that matter to the grammar, plus some that must be rejected. */
  private static final String ALPHABET =
      "0123456789000111222--//..::TTZZ+?~%X Y tz,[]{}\u0662\uFF11\u2212\n\u0000\uD83D";

  private static final List<String> SEEDS =
      List.of(
          "2020-10-04",
          "2020-09-27/..",
          "2020-10",
          "2020-10-04~",
          "2020-10-04T09:30:00+04:00",
          "2020-10-04T09:30:00Z",
          "../2020-10",
          "/2020-10-04",
          "2020-10/2020-10-04",
          "2021-02-28?");

  @Test
  void randomStringsEitherRoundTripOrFailWithAnAccuratePosition() {
    Random random = new Random(SEED);
    int accepted = 0;
    int tries = TRIES * 100;
    for (int i = 0; i < tries; i++) {
      String input = random.nextBoolean() ? randomString(random) : mutate(random);
      if (check(input)) {
        accepted++;
      }
    }
    // The generator must exercise both outcomes, or this test proves little.
    assertTrue(accepted > tries / 100, "accepted " + accepted + " of " + tries);
    assertTrue(accepted < tries / 2, "accepted " + accepted + " of " + tries);
  }

  @Test
  void randomValuesRoundTrip() {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < TRIES * 20; i++) {
      EdtfTime value = random.nextInt(3) == 0 ? randomDate(random) : randomInterval(random);
      String edtf = value.toEdtf();
      assertTrue(edtf.length() <= EdtfTime.MAX_LENGTH, edtf);
      assertEquals(value, EdtfTime.parse(edtf), edtf);
      assertEquals(value.hashCode(), EdtfTime.parse(edtf).hashCode(), edtf);
      assertEquals(edtf, EdtfTime.parse(edtf).toEdtf());
    }
  }

  /** Checks one input; returns whether it was accepted. */
  private static boolean check(String input) {
    EdtfParseException error = parseError(input);
    if (error == null) {
      EdtfTime t = EdtfTime.parse(input);
      assertEquals(input, t.toEdtf(), "accepted only canonical strings");
      assertEquals(t, EdtfTime.parse(t.toEdtf()));
      return true;
    }
    int p = error.position();
    assertEquals(input, error.input());
    assertTrue(p >= 0 && p <= Math.min(input.length(), EdtfTime.MAX_LENGTH), error::getMessage);
    if (input.length() > EdtfTime.MAX_LENGTH) {
      assertEquals(EdtfTime.MAX_LENGTH, p, "overlong input is rejected at the cap");
      return false;
    }
    // Nothing before the reported position was syntactically wrong: the prefix up to it, alone or
    // continued by one more character, fails earlier only with a value error (a field out of
    // range, an end before the start), which is reported at the first character of the field or
    // interval end it concerns, once that is complete.
    String prefix = input.substring(0, p);
    assertNotEarlier(prefix, p, error);
    for (char c : "0129-/.T:Z+?~% x".toCharArray()) {
      assertNotEarlier(prefix + c, p, error);
    }
    return false;
  }

  private static boolean isValueError(EdtfParseException e) {
    String problem = e.problem();
    return problem.contains("must be")
        || problem.contains("seasons")
        || problem.contains("ends before it starts")
        || problem.contains("at least one date end");
  }

  private static void assertNotEarlier(String candidate, int p, EdtfParseException original) {
    EdtfParseException e = parseError(candidate);
    if (e != null && e.position() < p && !isValueError(e)) {
      fail(
          "error reported at "
              + p
              + " ("
              + original.getMessage()
              + ") but its prefix already fails at "
              + e.position()
              + " ("
              + e.getMessage()
              + ")");
    }
  }

  /** The parse error, or null if {@code input} parses; fails the test on any other exception. */
  private static EdtfParseException parseError(String input) {
    try {
      EdtfTime t = EdtfTime.parse(input);
      if (t instanceof EdtfDate) {
        assertEquals(t, EdtfDate.parse(input));
      } else {
        assertEquals(t, EdtfInterval.parse(input));
      }
      return null;
    } catch (EdtfParseException e) {
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError("parse(\"" + input + "\") threw " + e, e);
    }
  }

  private static String randomString(Random random) {
    int length = random.nextInt(30);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static String mutate(Random random) {
    StringBuilder b = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(b.length() + 1);
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> b.insert(at, c);
        case 1 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at < b.length()) {
            b.setCharAt(at, c);
          }
        }
      }
    }
    return b.toString();
  }

  private static EdtfDate randomDate(Random random) {
    int year = random.nextInt(10_000);
    LocalDate day =
        LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    EdtfDate date;
    switch (random.nextInt(5)) {
      case 0 -> date = EdtfDate.ofYear(year);
      case 1 -> date = EdtfDate.ofMonth(year, day.getMonthValue());
      case 2 -> date = EdtfDate.of(day);
      case 3 -> {
        return EdtfDate.ofDateTime(
            LocalDateTime.of(day, LocalTime.ofSecondOfDay(random.nextInt(86_400))));
      }
      default -> {
        int minutes = random.nextInt(18 * 60 * 2 + 1) - 18 * 60;
        return EdtfDate.ofDateTime(
            OffsetDateTime.of(
                LocalDateTime.of(day, LocalTime.ofSecondOfDay(random.nextInt(86_400))),
                ZoneOffset.ofTotalSeconds(minutes * 60)));
      }
    }
    return date.withQualifier(Qualifier.values()[random.nextInt(Qualifier.values().length)]);
  }

  private static EdtfDate randomDayDate(Random random) {
    EdtfDate d = randomDate(random);
    return d.time().isPresent() ? EdtfDate.of(d.earliest()) : d;
  }

  private static EdtfInterval randomInterval(Random random) {
    EdtfDate a = randomDayDate(random);
    switch (random.nextInt(5)) {
      case 0 -> {
        return EdtfInterval.since(a);
      }
      case 1 -> {
        return EdtfInterval.until(a);
      }
      case 2 -> {
        return EdtfInterval.withUnknownStart(a);
      }
      case 3 -> {
        return EdtfInterval.withUnknownEnd(a);
      }
      default -> {
        EdtfDate b = randomDayDate(random);
        return a.earliest().isAfter(b.latest()) ? EdtfInterval.of(b, a) : EdtfInterval.of(a, b);
      }
    }
  }
}
