package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.attribution.Certainty;
import dev.casus.core.statement.StatementId;
import dev.casus.core.territory.ControlClaim;
import dev.casus.core.territory.ControlStatus;
import dev.casus.core.territory.ImmutableControlClaim;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ControlClaim}: {@code controller}, {@code status}, {@code period}?, {@code
 * certainty}, {@code claimedBy}?, {@code statement}?, {@code sources}?.
 */
public final class ControlClaimDeserializer extends CasusDeserializer<ControlClaim> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ControlClaimDeserializer INSTANCE = new ControlClaimDeserializer();

  private static final String WHAT = "a control claim";
  private static final String MEMBERS =
      "controller, status, period, certainty, claimedBy, statement, sources";
  private static final int CONTROLLER = 1;
  private static final int STATUS = 1 << 1;
  private static final int PERIOD = 1 << 2;
  private static final int CERTAINTY = 1 << 3;
  private static final int CLAIMED_BY = 1 << 4;
  private static final int STATEMENT = 1 << 5;
  private static final int SOURCES = 1 << 6;

  private ControlClaimDeserializer() {
    super(ControlClaim.class);
  }

  @Override
  public @Nullable ControlClaim decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a control claim at the current token.
   *
   * @param c the context
   * @return the claim, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable ControlClaim read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableControlClaim.Builder b = ControlClaim.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "controller":
          if (c.first(CONTROLLER)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.controller(v);
            }
          }
          break;
        case "status":
          if (c.first(STATUS)) {
            ControlStatus v = CodeLists.CONTROL_STATUS.read(c);
            if (v != null) {
              b.status(v);
            }
          }
          break;
        case "period":
          if (c.first(PERIOD)) {
            EdtfTime v = Scalars.edtf(c);
            if (v != null) {
              b.period(v);
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
        case "claimedBy":
          if (c.first(CLAIMED_BY)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.claimedBy(v);
            }
          }
          break;
        case "statement":
          if (c.first(STATEMENT)) {
            StatementId v = Ids.statement(c);
            if (v != null) {
              b.statement(v);
            }
          }
          break;
        case "sources":
          if (c.first(SOURCES)) {
            Lists.read(c, "an array of source ids", Ids::source, b::addSource);
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(CONTROLLER, "controller", WHAT);
    c.require(STATUS, "status", WHAT);
    c.require(CERTAINTY, "certainty", WHAT);
    return Build.finish(c, b::build);
  }
}
