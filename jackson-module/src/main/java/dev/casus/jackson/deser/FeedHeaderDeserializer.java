package dev.casus.jackson.deser;

import dev.casus.core.feed.FeedHeader;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link FeedHeader}: the feed's own members without the six entity arrays, as on the
 * first line of a JSON Lines feed.
 */
public final class FeedHeaderDeserializer extends CasusDeserializer<FeedHeader> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final FeedHeaderDeserializer INSTANCE = new FeedHeaderDeserializer();

  private static final String WHAT = "a feed header";
  private static final String EXPECTED = HeaderFields.MEMBERS + ", or an x- extension member";

  private FeedHeaderDeserializer() {
    super(FeedHeader.class);
  }

  @Override
  public @Nullable FeedHeader decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a feed header at the current token.
   *
   * @param c the context
   * @return the header, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable FeedHeader read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of a feed header whose object level is open, up to its end.
   *
   * @param c the context
   * @return the header, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable FeedHeader members(ReadContext c) throws IOException {
    HeaderFields h = new HeaderFields("FeedHeader");
    String m;
    while ((m = c.nextMember()) != null) {
      if (!h.read(c, m, WHAT, HeaderFields.MEMBERS)) {
        c.unknownMember(m, WHAT, EXPECTED);
      }
    }
    h.require(c, WHAT);
    return Build.finish(c, h::build);
  }
}
