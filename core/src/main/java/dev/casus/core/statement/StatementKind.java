package dev.casus.core.statement;

import dev.casus.core.code.CodeList;

/**
 * What kind of speech act a statement is. The seed article is made of them: Hajiyev accuses,
 * Stepanian denies, Harutyunyan claims responsibility and then orders a stop, Hasanov condemns,
 * Aliyev congratulates, demands and vows.
 */
public enum StatementKind implements CodeList {
  /**
   * An assertion that something is or was the case, without blaming anyone. Seed: Hajiyev saying
   * that "no serious damage was inflicted on the infrastructure in Mingachevir".
   */
  CLAIM,
  /**
   * An assertion that another actor did something wrong. Seed: Hajiyev's tweets blaming
   * "Armenia's massive missile attacks against dense residential areas" in Ganja.
   */
  ACCUSATION,
  /**
   * A statement that what others said is false. Seed: Stepanian, the Armenian Defence Ministry's
   * spokeswoman, writing that "no fire was opened from Armenia in the direction of Azerbaijan";
   * Azerbaijani officials denying "that any military objects had been hit in Ganja".
   */
  DENIAL,
  /**
   * A statement that what was reported is true, from someone in a position to know, such as an
   * official confirming casualty figures reported earlier.
   */
  CONFIRMATION,
  /**
   * The speaker says it, or those it speaks for, carried out an act. Seed: Harutyunyan saying on
   * Facebook that he ordered "rocket attacks to neutralise military objects" in Ganja.
   */
  CLAIM_OF_RESPONSIBILITY,
  /**
   * The speaker says it, or those it speaks for, did not carry out an act it is blamed for. Seed:
   * Harutyunyan's spokesman Vahram Poghosyan saying there was no reason for Nagorno-Karabakh forces
   * to target Mingachevir.
   */
  DENIAL_OF_RESPONSIBILITY,
  /**
   * A command to forces or subordinates. Seed: Harutyunyan later telling his forces to stop firing
   * to avoid civilian casualties.
   */
  ORDER,
  /**
   * A demand made of another actor, often as a condition. Seed: Aliyev demanding the withdrawal of
   * Armenian troops from occupied territories and asking Armen Sarkissian to apologise; UN
   * resolutions that "demand the withdrawal of the invading forces".
   */
  DEMAND,
  /**
   * A commitment to do something in future. Seed: Aliyev's vow "to rebuild all of the cities that
   * were liberated including restoring all mosques".
   */
  VOW,
  /**
   * A call on others to do or refrain from something, without the force of a demand. Seed: Russia,
   * France and the US calling "for an immediate cease-fire".
   */
  APPEAL,
  /**
   * A statement that an act is wrong or unacceptable. Seed: Defence Minister Zakir Hasanov calling
   * fire from Armenia's territory "clearly provocative".
   */
  CONDEMNATION,
  /**
   * Praise or congratulation for an outcome. Seed: Aliyev congratulating "the people of Azerbaijan
   * on the liberation of the city of Jabrayil".
   */
  CONGRATULATION,
  /**
   * A warning that the speaker will do harm if another actor does or fails to do something, such as
   * a vow to keep fighting until a condition is met.
   */
  THREAT,
  /**
   * A judgement or analysis of a situation, its causes or likely course, that is neither a claim of
   * fact nor an accusation, such as a minister assessing that a strike "expands the zone of
   * hostilities".
   */
  ASSESSMENT,
  /**
   * Backing for another actor, its position or its rights. Seed: Turkey supporting "Baku's right to
   * self-defence".
   */
  SUPPORT;
}
