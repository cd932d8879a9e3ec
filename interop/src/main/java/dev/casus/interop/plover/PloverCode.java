package dev.casus.interop.plover;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What one Casus incident type or statement kind becomes in PLOVER: an event type with its modes
 * (the "how") and contexts (the "why"), and the CAMEO code that says the same thing, if CAMEO has
 * one. At least one of {@link #eventType()} and {@link #cameoCode()} is present: a claim of
 * responsibility has no PLOVER category (PLOVER dropped CAMEO's public statements) but has CAMEO
 * code {@code 015}.
 *
 * <p>Seed: the missile strike on Ganja is {@code ASSAULT} with mode {@code heavy-weapons} and CAMEO
 * {@code 194} ("Fight with artillery and tanks"); Harutyunyan's claim that he ordered it is CAMEO
 * {@code 015} ("Acknowledge or claim responsibility") alone.
 */
@Value.Immutable
public abstract class PloverCode {

  private static final Pattern CAMEO = Pattern.compile("[0-9]{3,4}");
  private static final Pattern MODE = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern CONTEXT = Pattern.compile("[a-z]+(_[a-z]+)*");

  PloverCode() {}

  /**
   * A PLOVER event type with no mode, context or CAMEO code.
   *
   * @param eventType the event type
   * @return the code
   */
  public static PloverCode of(PloverEventType eventType) {
    return builder().eventType(eventType).build();
  }

  /**
   * A CAMEO code alone, for speech acts PLOVER does not code.
   *
   * @param cameoCode the CAMEO event code, three or four digits, e.g. {@code "015"}
   * @return the code
   * @throws IllegalArgumentException if {@code cameoCode} is not three or four digits
   */
  public static PloverCode cameoOnly(String cameoCode) {
    return builder().cameoCode(cameoCode).build();
  }

  /**
   * A builder for a code.
   *
   * @return a new builder
   */
  public static ImmutablePloverCode.Builder builder() {
    return ImmutablePloverCode.builder();
  }

  /**
   * The PLOVER event type.
   *
   * @return the event type, or empty if PLOVER has no category for it (CAMEO code only)
   */
  public abstract Optional<PloverEventType> eventType();

  /**
   * PLOVER modes of the event type, lower case with hyphens as in the PLOVER manual, e.g. {@code
   * "heavy-weapons"}, {@code "demo"}, {@code "arrest"}.
   *
   * @return the modes, possibly empty
   */
  public abstract List<String> modes();

  /**
   * PLOVER contexts, lower case with underscores as in the PLOVER manual, e.g. {@code "cbrn"}.
   *
   * @return the contexts, possibly empty
   */
  public abstract List<String> contexts();

  /**
   * The CAMEO event code, as written in the CAMEO codebook (leading zero kept).
   *
   * @return the code, e.g. {@code "194"} or {@code "015"}, or empty if CAMEO has no fitting code
   */
  public abstract Optional<String> cameoCode();

  @Value.Check
  final void check() {
    if (eventType().isEmpty() && cameoCode().isEmpty()) {
      throw new IllegalArgumentException(
          "PloverCode.eventType and PloverCode.cameoCode must not both be absent");
    }
    if (eventType().isEmpty() && (!modes().isEmpty() || !contexts().isEmpty())) {
      throw new IllegalArgumentException(
          "PloverCode.modes and PloverCode.contexts need PloverCode.eventType, got modes="
              + modes()
              + " contexts="
              + contexts());
    }
    cameoCode()
        .ifPresent(
            c -> {
              if (!CAMEO.matcher(c).matches()) {
                throw new IllegalArgumentException(
                    "PloverCode.cameoCode must be three or four digits, got \"" + c + "\"");
              }
            });
    if (modes().stream().distinct().count() != modes().size()) {
      throw new IllegalArgumentException("PloverCode.modes must not repeat a mode, got " + modes());
    }
    for (String m : modes()) {
      if (!MODE.matcher(m).matches()) {
        throw new IllegalArgumentException(
            "PloverCode.modes must be lower-case words joined by hyphens, got \"" + m + "\"");
      }
    }
    for (String c : contexts()) {
      if (!CONTEXT.matcher(c).matches()) {
        throw new IllegalArgumentException(
            "PloverCode.contexts must be lower-case words joined by underscores, got \""
                + c
                + "\"");
      }
    }
  }
}
