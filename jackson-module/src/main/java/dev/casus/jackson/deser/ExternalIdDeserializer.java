package dev.casus.jackson.deser;

import com.fasterxml.jackson.core.JsonLocation;
import dev.casus.core.identifier.ExternalId;
import dev.casus.core.identifier.IdScheme;
import dev.casus.core.validation.FindingCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link ExternalId}: {@code {"scheme":"wikidata","value":"Q227"}}. A value of the wrong
 * syntax for its scheme is {@code malformed_wikidata_id}, {@code malformed_iso_code} or {@code
 * malformed_external_id}, reported at the value (its syntax depends on the scheme, which may come
 * after it, so the check waits for the end of the object).
 */
public final class ExternalIdDeserializer extends CasusDeserializer<ExternalId> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ExternalIdDeserializer INSTANCE = new ExternalIdDeserializer();

  private static final String WHAT = "an external id";
  private static final String MEMBERS = "scheme, value";
  private static final int SCHEME = 1;
  private static final int VALUE = 1 << 1;

  private ExternalIdDeserializer() {
    super(ExternalId.class);
  }

  @Override
  public @Nullable ExternalId decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads an external id at the current token.
   *
   * @param c the context
   * @return the id, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable ExternalId read(ReadContext c) throws IOException {
    if (!c.startObject(WHAT)) {
      return null;
    }
    IdScheme scheme = null;
    String value = null;
    JsonLocation valueAt = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "scheme":
          if (c.first(SCHEME)) {
            scheme = CodeLists.ID_SCHEME.read(c);
          }
          break;
        case "value":
          if (c.first(VALUE)) {
            valueAt = c.tokenLocation();
            value = Scalars.string(c, "ExternalId.value");
          }
          break;
        default:
          c.unknownMember(m, WHAT, MEMBERS);
      }
    }
    c.require(SCHEME, "scheme", WHAT);
    c.require(VALUE, "value", WHAT);
    ExternalId result = null;
    if (c.objectOk() && scheme != null && value != null && valueAt != null) {
      try {
        // ExternalId checks the value's syntax against the scheme (once)
        result = ExternalId.of(scheme, value);
      } catch (IllegalArgumentException e) {
        c.failAtMember("value", code(scheme), String.valueOf(e.getMessage()), valueAt);
      }
    }
    c.endObject();
    return result;
  }

  private static FindingCode code(IdScheme scheme) {
    switch (scheme) {
      case WIKIDATA:
        return FindingCode.MALFORMED_WIKIDATA_ID;
      case ISO_3166_1_ALPHA2:
      case ISO_3166_1_ALPHA3:
      case ISO_3166_2:
        return FindingCode.MALFORMED_ISO_CODE;
      default:
        return FindingCode.MALFORMED_EXTERNAL_ID;
    }
  }
}
