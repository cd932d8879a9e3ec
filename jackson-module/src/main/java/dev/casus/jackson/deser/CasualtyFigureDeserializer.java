package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.casualty.CasualtyFigure;
import dev.casus.core.casualty.CasualtyGroup;
import dev.casus.core.casualty.CasualtyOutcome;
import dev.casus.core.casualty.ImmutableCasualtyFigure;
import dev.casus.core.estimate.Estimate;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads a {@link CasualtyFigure}: {@code outcome}, {@code group}, {@code side}?, {@code count}. */
public final class CasualtyFigureDeserializer extends CasusDeserializer<CasualtyFigure> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final CasualtyFigureDeserializer INSTANCE = new CasualtyFigureDeserializer();

  private static final String WHAT = "a casualty figure";
  private static final String MEMBERS = "outcome, group, side, count";
  private static final int OUTCOME = 1;
  private static final int GROUP = 1 << 1;
  private static final int SIDE = 1 << 2;
  private static final int COUNT = 1 << 3;

  private CasualtyFigureDeserializer() {
    super(CasualtyFigure.class);
  }

  @Override
  public @Nullable CasualtyFigure decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a casualty figure at the current token.
   *
   * @param c the context
   * @return the figure, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable CasualtyFigure read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableCasualtyFigure.Builder b = CasualtyFigure.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "outcome":
          if (c.first(OUTCOME)) {
            CasualtyOutcome v = CodeLists.OUTCOME.read(c);
            if (v != null) {
              b.outcome(v);
            }
          }
          break;
        case "group":
          if (c.first(GROUP)) {
            CasualtyGroup v = CodeLists.GROUP.read(c);
            if (v != null) {
              b.group(v);
            }
          }
          break;
        case "side":
          if (c.first(SIDE)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.side(v);
            }
          }
          break;
        case "count":
          if (c.first(COUNT)) {
            Estimate v = EstimateDeserializer.read(c);
            if (v != null) {
              b.count(v);
            }
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(OUTCOME, "outcome", WHAT);
    c.require(GROUP, "group", WHAT);
    c.require(COUNT, "count", WHAT);
    return Build.finish(c, b::build);
  }
}
