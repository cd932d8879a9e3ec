package dev.casus.interop.plover;

/**
 * The sixteen PLOVER event categories, as the POLECAT data set writes them in its {@code Event
 * Type} column, each with its PLOVER quad category.
 *
 * <p>Names and definitions follow the PLOVER manual ({@code openeventdata/PLOVER}, {@code
 * PLOVER_MANUAL.tex}), except that POLECAT calls the manual's {@code DEMAND} category {@code
 * REQUEST} (the POLECAT coder {@code ahalterman/NGEC} trains and emits {@code REQUEST}, with
 * requests, demands and appeals alike as examples). The constant's name is the label written on the
 * wire.
 *
 * <p>Seed: the missile strike on Ganja is an {@link #ASSAULT}; Hajiyev's tweet blaming Armenia is
 * an {@link #ACCUSE}; Aliyev's demand that Armenian troops withdraw is a {@link #REQUEST}.
 */
public enum PloverEventType {
  /**
   * Agree to, offer or promise cooperation, including promises to sign or ratify agreements (CAMEO
   * 03). Verbal cooperation. Seed: the cease-fire "agreed upon in 1994".
   */
  AGREE(QuadClass.VERBAL_COOPERATION),
  /** Consultations and meetings, visits, talks and negotiations (CAMEO 04). Verbal cooperation. */
  CONSULT(QuadClass.VERBAL_COOPERATION),
  /**
   * Express support for, commend or approve an actor, policy or action; diplomatic, non-material
   * cooperation (CAMEO 05). Verbal cooperation. Seed: Turkey supporting "Baku's right to
   * self-defence"; Aliyev congratulating the people of Azerbaijan.
   */
  SUPPORT(QuadClass.VERBAL_COOPERATION),
  /**
   * Verbal concessions without immediate material consequences, such as declaring a cease-fire
   * (CAMEO 081-083). Verbal cooperation.
   */
  CONCEDE(QuadClass.VERBAL_COOPERATION),
  /** Mutual material cooperation: economic, military, judicial (CAMEO 06). Material cooperation. */
  COOPERATE(QuadClass.MATERIAL_COOPERATION),
  /**
   * Material aid whose benefits accrue mainly to the recipient (CAMEO 07). Material cooperation.
   */
  AID(QuadClass.MATERIAL_COOPERATION),
  /**
   * Yielding with immediate material consequences: withdrawing from or ceding territory, releasing
   * captives, implementing a cease-fire (CAMEO 084-087). Material cooperation.
   */
  RETREAT(QuadClass.MATERIAL_COOPERATION),
  /**
   * Requests, demands and orders (the PLOVER manual's DEMAND, CAMEO 10). Verbal conflict. Seed:
   * Aliyev demanding the withdrawal of Armenian troops from occupied territories.
   */
  REQUEST(QuadClass.VERBAL_CONFLICT),
  /**
   * Disapprove, condemn, criticise; accuse, allege or charge; investigate (CAMEO 09 and 11). Verbal
   * conflict. Seed: Hajiyev accusing Armenia of "massive missile attacks"; Hasanov calling the fire
   * "clearly provocative".
   */
  ACCUSE(QuadClass.VERBAL_CONFLICT),
  /**
   * Rejections and refusals (CAMEO 12). Verbal conflict. Seed: Stepanian rejecting Hajiyev's
   * accusations as false.
   */
  REJECT(QuadClass.VERBAL_CONFLICT),
  /** Threats and coercive warnings (CAMEO 13). Verbal conflict. */
  THREATEN(QuadClass.VERBAL_CONFLICT),
  /**
   * Demonstrations, riots, strikes, boycotts, blockades by civilians (CAMEO 14). Material conflict.
   */
  PROTEST(QuadClass.MATERIAL_CONFLICT),
  /** Reductions of existing relations, sanctions, convictions (CAMEO 16). Material conflict. */
  SANCTION(QuadClass.MATERIAL_CONFLICT),
  /** Military or police moves short of the use of force (CAMEO 15). Material conflict. */
  MOBILIZE(QuadClass.MATERIAL_CONFLICT),
  /** Repression and restriction of rights: arrests, curfews, bans, censorship (CAMEO 17). */
  COERCE(QuadClass.MATERIAL_CONFLICT),
  /**
   * Deliberate actions that can cause substantial physical harm (CAMEO 18, 19, 20). Material
   * conflict. Seed: the missile strikes on Ganja and Mingachevir; the clashes since 2020-09-27.
   */
  ASSAULT(QuadClass.MATERIAL_CONFLICT);

  private final QuadClass quadClass;

  PloverEventType(QuadClass quadClass) {
    this.quadClass = quadClass;
  }

  /**
   * The PLOVER quad category of this event type.
   *
   * @return the quad category
   */
  public QuadClass quadClass() {
    return quadClass;
  }

  /** The four PLOVER quad categories, numbered as in the PLOVER JSON field {@code quad_code}. */
  public enum QuadClass {
    /** Verbal cooperation: AGREE, CONSULT, SUPPORT, CONCEDE ({@code quad_code} 1). */
    VERBAL_COOPERATION(1),
    /** Material cooperation: COOPERATE, AID, RETREAT ({@code quad_code} 2). */
    MATERIAL_COOPERATION(2),
    /** Verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN ({@code quad_code} 3). */
    VERBAL_CONFLICT(3),
    /** Material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT ({@code quad_code} 4). */
    MATERIAL_CONFLICT(4);

    private final int code;

    QuadClass(int code) {
      this.code = code;
    }

    /**
     * The number PLOVER writes in {@code quad_code}.
     *
     * @return 1 to 4
     */
    public int code() {
      return code;
    }
  }
}
