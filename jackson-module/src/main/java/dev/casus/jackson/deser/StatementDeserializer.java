package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.statement.Channel;
import dev.casus.core.statement.ImmutableStatement;
import dev.casus.core.statement.Statement;
import dev.casus.core.statement.StatementId;
import dev.casus.core.statement.StatementKind;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Statement}: {@code id}, {@code kind}, {@code speaker}, {@code onBehalfOf}?,
 * {@code addressees}?, {@code time}?, {@code channel}?, {@code texts}?, {@code subjects}?, {@code
 * sources}?, {@code x-*}?.
 */
public final class StatementDeserializer extends CasusDeserializer<Statement> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final StatementDeserializer INSTANCE = new StatementDeserializer();

  private static final String WHAT = "a statement";
  private static final String MEMBERS =
      "id, kind, speaker, onBehalfOf, addressees, time, channel, texts, subjects, sources";
  private static final int ID = 1;
  private static final int KIND = 1 << 1;
  private static final int SPEAKER = 1 << 2;
  private static final int ON_BEHALF_OF = 1 << 3;
  private static final int ADDRESSEES = 1 << 4;
  private static final int TIME = 1 << 5;
  private static final int CHANNEL = 1 << 6;
  private static final int TEXTS = 1 << 7;
  private static final int SUBJECTS = 1 << 8;
  private static final int SOURCES = 1 << 9;

  private StatementDeserializer() {
    super(Statement.class);
  }

  @Override
  public @Nullable Statement decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a statement at the current token.
   *
   * @param c the context
   * @return the statement, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Statement read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of a statement whose object level is open, up to its end.
   *
   * @param c the context
   * @return the statement, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Statement members(ReadContext c) throws IOException {
    ImmutableStatement.Builder b = Statement.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            StatementId v = Ids.statement(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "kind":
          if (c.first(KIND)) {
            StatementKind v = CodeLists.STATEMENT_KIND.read(c);
            if (v != null) {
              b.kind(v);
            }
          }
          break;
        case "speaker":
          if (c.first(SPEAKER)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.speaker(v);
            }
          }
          break;
        case "onBehalfOf":
          if (c.first(ON_BEHALF_OF)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.onBehalfOf(v);
            }
          }
          break;
        case "addressees":
          if (c.first(ADDRESSEES)) {
            Lists.read(c, "an array of actor ids", Ids::actor, b::addAddressee);
          }
          break;
        case "time":
          if (c.first(TIME)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.time(v);
            }
          }
          break;
        case "channel":
          if (c.first(CHANNEL)) {
            Channel v = CodeLists.CHANNEL.read(c);
            if (v != null) {
              b.channel(v);
            }
          }
          break;
        case "texts":
          if (c.first(TEXTS)) {
            Lists.read(c, "an array of texts", StatementTextDeserializer::read, b::addText);
          }
          break;
        case "subjects":
          if (c.first(SUBJECTS)) {
            Lists.read(c, "an array of subjects", SubjectDeserializer::read, b::addSubject);
          }
          break;
        case "sources":
          if (c.first(SOURCES)) {
            Lists.read(c, "an array of source ids", Ids::source, b::addSource);
          }
          break;
        default:
          extensions = ExtensionReader.memberOrUnknown(c, m, extensions, WHAT, MEMBERS);
      }
    }
    c.require(ID, "id", WHAT);
    c.require(KIND, "kind", WHAT);
    c.require(SPEAKER, "speaker", WHAT);
    if (extensions != null) {
      b.putAllExtensions(extensions);
    }
    return Build.finish(c, b::build);
  }
}
