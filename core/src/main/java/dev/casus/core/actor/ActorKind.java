package dev.casus.core.actor;

import dev.casus.core.code.CodeList;
import java.util.OptionalInt;

/**
 * What sort of actor an {@code Actor} is: a state, one of its bodies or forces, a de-facto
 * authority, a non-state armed or unarmed group, an international organisation, a person or a
 * media outlet.
 *
 * <p>The kinds refine ACLED's actor types (the {@code inter1} / {@code inter2} codes 1 to 8), so
 * that an ACLED row can be read into Casus and written back; see {@link #acledInterCode()} and
 * {@link #fromAcledInterCode(int)}. Kinds that ACLED has no code for ({@link #PERSON}, {@link
 * #MEDIA}, {@link #OTHER}) matter for statements: in the seed article most of the speakers are
 * people speaking for a state or a ministry.
 */
public enum ActorKind implements CodeList {
  /**
   * A state as a whole, the subject of international law that claims territory and is accused or
   * defended as one. Seed: Azerbaijan; Armenia ("Azerbaijan accusing Armenia of targeting their
   * cities").
   */
  STATE(1),
  /**
   * An institution of a state's government: a ministry, a presidency, an administration. Seed: the
   * Armenian Defence Ministry, which "vehemently denied the claims"; "the Yerevan administration".
   */
  GOVERNMENT_BODY(1),
  /**
   * A state's armed forces, police or security services acting for the state. Seed: "Armenian
   * forces" and "Azerbaijani forces"; in ACLED, for example, "Military Forces of Azerbaijan
   * (2003-)".
   */
  STATE_FORCES(1),
  /**
   * An authority that governs a territory without international recognition as a state, with its
   * own leaders and forces. Seed: the Nagorno-Karabakh authorities, led by Arayik Harutyunyan, and
   * the "Nagorno-Karabakh forces" under him.
   *
   * <p>ACLED has no type for de-facto authorities. Casus maps this kind to inter code 2 (rebel
   * groups): ACLED keeps code 1 for the forces of internationally recognised governments, and a
   * de-facto authority that holds territory by force against the recognised state is closest to a
   * rebel group in ACLED's scheme. An exporter that knows ACLED coded a particular authority
   * differently should use that code instead.
   */
  DE_FACTO_AUTHORITY(2),
  /**
   * An organised armed group fighting to overthrow or break away from a national government (ACLED
   * inter code 2). Seed: the PKK, which a headline in the seed article asks about: "Are PKK-linked
   * terrorists fighting alongside Armenia in occupied-Karabakh?"
   */
  REBEL_GROUP(2),
  /**
   * An armed group serving a political elite, party or cause without aiming to overthrow the
   * government (ACLED inter code 3), including ACLED's "Unidentified Armed Group (...)" actors. In
   * ACLED's Armenia data, for example, "Sasna Tsrer".
   */
  POLITICAL_MILITIA(3),
  /**
   * An armed group organised around a shared identity: ethnic, clan, religious, communal or local
   * (ACLED inter code 4).
   */
  IDENTITY_MILITIA(4),
  /**
   * People taking part in a violent demonstration or mob violence (ACLED inter code 5), for example
   * "Rioters (Armenia)".
   */
  RIOTERS(5),
  /**
   * People demonstrating without violence of their own, whether or not violence is used against
   * them (ACLED inter code 6), for example "Protesters (Armenia)".
   */
  PROTESTERS(6),
  /**
   * Unarmed non-combatants as a group, usually those harmed (ACLED inter code 7). Seed: the
   * civilians killed and wounded in Ganja and Mingachevir, "Civilians (Azerbaijan)" in ACLED's
   * naming.
   */
  CIVILIANS(7),
  /**
   * Armed forces operating outside their own state, including peacekeeping missions and private
   * military contractors (ACLED inter code 8, "External/Other forces"), for example "Military
   * Forces of Russia (2000-)" in ACLED's Armenia data.
   */
  EXTERNAL_FORCE(8),
  /**
   * An organisation of states or an international body. Seed: the OSCE Minsk Group, co-chaired by
   * France, Russia and the US; the UN, whose resolutions "demand the withdrawal of the invading
   * forces". ACLED codes such bodies, when they act in an event, as inter code 8.
   */
  INTERNATIONAL_ORGANISATION(8),
  /**
   * An individual, usually speaking or acting for an organisation through an affiliation. Seed:
   * Hikmet Hajiyev, aide to President Ilham Aliyev; Shushan Stepanian, spokeswoman of the Armenian
   * Defence Ministry; Zakir Hasanov, Azerbaijan's Defence Minister. ACLED has no inter code for
   * persons.
   */
  PERSON(0),
  /**
   * A news organisation or outlet acting as a party (not merely as a source): one that is
   * addressed, attacked or quoted as an institution. Seed: "Armenian media", to whom Vahram
   * Poghosyan spoke. ACLED has no inter code for media.
   */
  MEDIA(0),
  /** An actor that fits none of the other kinds. ACLED has no inter code for it. */
  OTHER(0);

  private static final int MIN_INTER_CODE = 1;
  private static final int MAX_INTER_CODE = 8;

  // 0 is ACLED's "no actor", used here for the kinds ACLED does not code.
  private final int interCode;

  ActorKind(int interCode) {
    this.interCode = interCode;
  }

  /**
   * ACLED's actor type code ({@code inter1} / {@code inter2}) for actors of this kind: 1 State
   * forces, 2 Rebel groups, 3 Political militias, 4 Identity militias, 5 Rioters, 6 Protesters, 7
   * Civilians, 8 External/Other forces.
   *
   * <p>This is the code for an actor acting in its own country. ACLED codes a state's forces acting
   * in another country as 8: in ACLED's Armenia data, "Military Forces of Azerbaijan (2003-)" has
   * inter code 8. An exporter must take the event's country into account. ACLED's code 0 means "no
   * second actor" and is no kind.
   *
   * @return the inter code from 1 to 8, or empty for {@link #PERSON}, {@link #MEDIA} and {@link
   *     #OTHER}, which ACLED does not code
   */
  public OptionalInt acledInterCode() {
    return interCode == 0 ? OptionalInt.empty() : OptionalInt.of(interCode);
  }

  /**
   * The kind Casus reads an ACLED actor type code as: 1 {@link #STATE_FORCES}, 2 {@link
   * #REBEL_GROUP}, 3 {@link #POLITICAL_MILITIA}, 4 {@link #IDENTITY_MILITIA}, 5 {@link #RIOTERS}, 6
   * {@link #PROTESTERS}, 7 {@link #CIVILIANS}, 8 {@link #EXTERNAL_FORCE}. The finer kinds ({@link
   * #STATE}, {@link #GOVERNMENT_BODY}, {@link #DE_FACTO_AUTHORITY}, {@link
   * #INTERNATIONAL_ORGANISATION}) cannot be told from the code alone.
   *
   * @param code an ACLED {@code inter1} or {@code inter2} value
   * @return the kind for that code
   * @throws IllegalArgumentException if {@code code} is not between 1 and 8 (including ACLED's 0,
   *     "no actor", which names no kind)
   */
  public static ActorKind fromAcledInterCode(int code) {
    return switch (code) {
      case 1 -> STATE_FORCES;
      case 2 -> REBEL_GROUP;
      case 3 -> POLITICAL_MILITIA;
      case 4 -> IDENTITY_MILITIA;
      case 5 -> RIOTERS;
      case 6 -> PROTESTERS;
      case 7 -> CIVILIANS;
      case 8 -> EXTERNAL_FORCE;
      default ->
          throw new IllegalArgumentException(
              "ActorKind: ACLED inter code must be between "
                  + MIN_INTER_CODE
                  + " and "
                  + MAX_INTER_CODE
                  + ", got "
                  + code);
    };
  }
}
