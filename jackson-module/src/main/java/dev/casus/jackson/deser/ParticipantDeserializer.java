package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.incident.ImmutableParticipant;
import dev.casus.core.incident.Participant;
import dev.casus.core.incident.ParticipantRole;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Participant}: {@code actor}, {@code role}, {@code certainty}, {@code
 * attributedIn}?.
 */
public final class ParticipantDeserializer extends CasusDeserializer<Participant> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ParticipantDeserializer INSTANCE = new ParticipantDeserializer();

  private static final String WHAT = "a participant";
  private static final String MEMBERS = "actor, role, certainty, attributedIn";
  private static final int ACTOR = 1;
  private static final int ROLE = 1 << 1;
  private static final int CERTAINTY = 1 << 2;
  private static final int ATTRIBUTED_IN = 1 << 3;

  private ParticipantDeserializer() {
    super(Participant.class);
  }

  @Override
  public @Nullable Participant decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a participant at the current token.
   *
   * @param c the context
   * @return the participant, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Participant read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableParticipant.Builder b = Participant.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "actor":
          if (c.first(ACTOR)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.actor(v);
            }
          }
          break;
        case "role":
          if (c.first(ROLE)) {
            ParticipantRole v = CodeLists.PARTICIPANT_ROLE.read(c);
            if (v != null) {
              b.role(v);
            }
          }
          break;
        case "certainty":
          if (c.first(CERTAINTY)) {
            Certainty v = CodeLists.CERTAINTY.read(c);
            if (v != null) {
              b.certainty(v);
            }
          }
          break;
        case "attributedIn":
          if (c.first(ATTRIBUTED_IN)) {
            Lists.read(c, "an array of statement ids", Ids::statement, b::addAttributedIn);
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(ACTOR, "actor", WHAT);
    c.require(ROLE, "role", WHAT);
    c.require(CERTAINTY, "certainty", WHAT);
    return Build.finish(c, b::build);
  }
}
