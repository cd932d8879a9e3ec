package dev.casus.jackson.deser;

import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.Affiliation;
import dev.casus.core.actor.ImmutableAffiliation;
import dev.casus.core.time.EdtfTime;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads an {@link Affiliation}: {@code organisation}, {@code role}?, {@code period}?. */
public final class AffiliationDeserializer extends CasusDeserializer<Affiliation> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final AffiliationDeserializer INSTANCE = new AffiliationDeserializer();

  private static final String WHAT = "an affiliation";
  private static final String MEMBERS = "organisation, role, period";
  private static final int ORGANISATION = 1;
  private static final int ROLE = 1 << 1;
  private static final int PERIOD = 1 << 2;

  private AffiliationDeserializer() {
    super(Affiliation.class);
  }

  @Override
  public @Nullable Affiliation decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads an affiliation at the current token.
   *
   * @param c the context
   * @return the affiliation, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Affiliation read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    ImmutableAffiliation.Builder b = Affiliation.builder();
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "organisation":
          if (c.first(ORGANISATION)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.organisation(v);
            }
          }
          break;
        case "role":
          if (c.first(ROLE)) {
            String v = Scalars.text(c, "Affiliation", "role");
            if (v != null) {
              b.role(v);
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
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(ORGANISATION, "organisation", WHAT);
    return Build.finish(c, b::build);
  }
}
