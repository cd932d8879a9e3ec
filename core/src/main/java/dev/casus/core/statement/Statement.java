package dev.casus.core.statement;

import dev.casus.core.actor.ActorId;
import dev.casus.core.entity.Entity;
import dev.casus.core.extension.Extensions;
import dev.casus.core.source.SourceId;
import dev.casus.core.time.EdtfTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An act of speech by an actor: the unit in which Casus records who said what.
 *
 * <p>In the seed feed: Hajiyev's tweets accusing Armenia of missile strikes on Ganja and
 * Mingachevir; Stepanian's Facebook post denying that any fire was opened from Armenia;
 * Harutyunyan's claim that he ordered rocket attacks on military objects in Ganja, and his later
 * order to stop firing; Defence Minister Hasanov calling the fire "clearly provocative"; Aliyev's
 * congratulation on Jabrayil, his demands of Armenia and his vow to rebuild.
 */
@Value.Immutable
public abstract class Statement implements Entity {

  Statement() {}

  /**
   * A builder for a statement.
   *
   * @return a new builder
   */
  public static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  /**
   * The statement's id in its feed.
   *
   * @return the id
   */
  @Override
  public abstract StatementId id();

  /**
   * What kind of speech act it is (claim, accusation, denial, ...).
   *
   * @return the kind
   */
  public abstract StatementKind kind();

  /**
   * Who spoke or wrote.
   *
   * @return the speaker
   */
  public abstract ActorId speaker();

  /**
   * Whom the speaker spoke for (Stepanian for the Armenian Defence Ministry).
   *
   * @return the principal, if the speaker spoke for another actor
   */
  public abstract Optional<ActorId> onBehalfOf();

  /**
   * Whom the statement is addressed to (Aliyev asks Armenian President Sarkissian to apologise).
   *
   * @return the addressees, possibly empty
   */
  public abstract List<ActorId> addressees();

  /**
   * When it was made, with the precision known ("on Sunday" is {@code 2020-10-04}).
   *
   * @return the time, if known
   */
  public abstract Optional<EdtfTime> time();

  /**
   * Through what channel (tweet, Facebook post, address to the nation, ...).
   *
   * @return the channel, if known
   */
  public abstract Optional<Channel> channel();

  /**
   * The words, as quoted, paraphrased or translated by the sources.
   *
   * @return the texts, possibly empty
   */
  public abstract List<StatementText> texts();

  /**
   * What the statement is about, each with a stance.
   *
   * @return the subjects, possibly empty
   */
  public abstract List<Subject> subjects();

  /**
   * Where the statement was reported.
   *
   * @return the sources, possibly empty
   */
  public abstract List<SourceId> sources();

  /**
   * Producer extensions: members named {@code x-...}, as raw JSON text, kept through reading and
   * writing unchanged (see {@link Extensions}).
   *
   * @return extension member name to raw JSON text, possibly empty
   */
  @Override
  public abstract Map<String, String> extensions();

  @Value.Check
  final void check() {
    Extensions.check("Statement", extensions());
    for (Subject s : subjects()) {
      if (s.about().equals(id())) {
        throw new IllegalArgumentException(
            "Statement.subjects must not name the statement itself: " + id());
      }
    }
    if (onBehalfOf().isPresent() && onBehalfOf().get().equals(speaker())) {
      throw new IllegalArgumentException(
          "Statement.onBehalfOf must differ from Statement.speaker, both are " + speaker());
    }
  }
}
