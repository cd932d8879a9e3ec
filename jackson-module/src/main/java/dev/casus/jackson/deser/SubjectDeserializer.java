package dev.casus.jackson.deser;

import dev.casus.core.entity.EntityId;
import dev.casus.core.statement.Stance;
import dev.casus.core.statement.Subject;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Subject}: exactly one of {@code source}, {@code actor}, {@code territory}, {@code
 * incident}, {@code statement}, {@code casualtyReport}, plus {@code stance}.
 */
public final class SubjectDeserializer extends CasusDeserializer<Subject> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final SubjectDeserializer INSTANCE = new SubjectDeserializer();

  private static final String WHAT = "a subject";
  private static final String REFERENCES =
      "source, actor, territory, incident, statement, casualtyReport";
  private static final String MEMBERS = REFERENCES + ", stance";
  private static final int SOURCE = 1;
  private static final int ACTOR = 1 << 1;
  private static final int TERRITORY = 1 << 2;
  private static final int INCIDENT = 1 << 3;
  private static final int STATEMENT = 1 << 4;
  private static final int CASUALTY_REPORT = 1 << 5;
  private static final int STANCE = 1 << 6;

  private SubjectDeserializer() {
    super(Subject.class);
  }

  @Override
  public @Nullable Subject decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a subject at the current token.
   *
   * @param c the context
   * @return the subject, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Subject read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    EntityId about = null;
    String firstReference = null;
    String secondReference = null;
    Stance stance = null;
    String m;
    while ((m = c.nextMember()) != null) {
      EntityId id = null;
      switch (m) {
        case "source":
          id = c.first(SOURCE) ? Ids.source(c) : null;
          break;
        case "actor":
          id = c.first(ACTOR) ? Ids.actor(c) : null;
          break;
        case "territory":
          id = c.first(TERRITORY) ? Ids.territory(c) : null;
          break;
        case "incident":
          id = c.first(INCIDENT) ? Ids.incident(c) : null;
          break;
        case "statement":
          id = c.first(STATEMENT) ? Ids.statement(c) : null;
          break;
        case "casualtyReport":
          id = c.first(CASUALTY_REPORT) ? Ids.casualtyReport(c) : null;
          break;
        case "stance":
          if (c.first(STANCE)) {
            stance = CodeLists.STANCE.read(c);
          }
          continue;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
          continue;
      }
      if (firstReference == null) {
        firstReference = m;
        about = id;
      } else if (secondReference == null && !firstReference.equals(m)) {
        secondReference = m;
      }
    }
    if (firstReference == null) {
      c.missing("one of " + REFERENCES, WHAT);
    } else if (secondReference != null) {
      c.failObject(
          FindingCode.BROKEN_INVARIANT,
          "Subject must name exactly one of "
              + REFERENCES
              + ", got both \""
              + firstReference
              + "\" and \""
              + secondReference
              + "\"");
    }
    c.require(STANCE, "stance", WHAT);
    EntityId a = about;
    Stance s = stance;
    return Build.finish(
        c,
        () -> {
          if (a == null || s == null) {
            throw new IllegalStateException("Subject is incomplete");
          }
          return Subject.of(a, s);
        });
  }
}
