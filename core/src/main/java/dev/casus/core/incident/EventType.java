package dev.casus.core.incident;

import dev.casus.core.code.CodeList;
import java.util.Optional;

/**
 * ACLED's six event types, the coarse classes that group the finer {@link IncidentType}s. Each
 * constant carries ACLED's exact label (the text of the {@code event_type} column) so that ACLED
 * rows can be read and written without a lookup table. Seed: the missile strikes on Ganja and
 * Mingachevir are {@link #EXPLOSIONS_REMOTE_VIOLENCE}; the fighting since 2020-09-27 is {@link
 * #BATTLES}.
 */
public enum EventType implements CodeList {
  /**
   * A violent interaction between two organised armed groups at a given time and place. ACLED
   * label "Battles". Seed: the clashes between Armenian and Azerbaijani forces since 2020-09-27.
   */
  BATTLES("Battles"),
  /**
   * One-sided violence in which the weapon (missile, shell, drone, bomb, mine) keeps the target from
   * responding. ACLED label "Explosions/Remote violence". Seed: the missile strikes on Ganja and
   * Mingachevir on 2020-10-04.
   */
  EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
  /**
   * Violence by an organised armed group deliberately inflicted on unarmed non-combatants. ACLED
   * label "Violence against civilians".
   */
  VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
  /**
   * A public demonstration whose participants do not use violence, though violence may be used
   * against them. ACLED label "Protests".
   */
  PROTESTS("Protests"),
  /**
   * Violent events in which demonstrators or mobs engage in disruptive acts. ACLED label "Riots".
   */
  RIOTS("Riots"),
  /**
   * Politically significant, mostly non-violent developments that may lead to or shape violence:
   * agreements, arrests, troop movements, transfers of territory. ACLED label "Strategic
   * developments". Seed: the cease-fire agreed in 1994.
   */
  STRATEGIC_DEVELOPMENTS("Strategic developments");

  private final String acledLabel;

  EventType(String acledLabel) {
    this.acledLabel = acledLabel;
  }

  /**
   * ACLED's label for this event type, exactly as it appears in the {@code event_type} column.
   *
   * @return the label, e.g. {@code "Explosions/Remote violence"}
   */
  public String acledLabel() {
    return acledLabel;
  }

  /**
   * The event type with this ACLED label. The label is compared ignoring case and leading or
   * trailing white space, so {@code "Explosions/Remote violence"} and {@code "explosions/remote
   * violence"} both give {@link #EXPLOSIONS_REMOTE_VIOLENCE}.
   *
   * @param label an ACLED {@code event_type} value
   * @return the event type, or empty if ACLED has no such event type (for example the pre-2019
   *     label {@code "Remote violence"})
   */
  public static Optional<EventType> fromAcledLabel(String label) {
    String wanted = label.strip();
    for (EventType type : values()) {
      if (type.acledLabel.equalsIgnoreCase(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
