package dev.casus.jackson.deser;

import dev.casus.core.estimate.Estimate;
import dev.casus.core.geo.GeoPoint;
import dev.casus.core.name.Name;
import dev.casus.core.territory.ImmutableTerritory;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Territory}: {@code id}, {@code kind}, {@code name}, {@code aliases}?, {@code
 * parent}?, {@code point}?, {@code population}?, {@code controlClaims}?, {@code externalIds}?,
 * {@code description}?, {@code x-*}?.
 */
public final class TerritoryDeserializer extends CasusDeserializer<Territory> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final TerritoryDeserializer INSTANCE = new TerritoryDeserializer();

  private static final String WHAT = "a territory";
  private static final String MEMBERS =
      "id, kind, name, aliases, parent, point, population, controlClaims, externalIds,"
          + " description";
  private static final int ID = 1;
  private static final int KIND = 1 << 1;
  private static final int NAME = 1 << 2;
  private static final int ALIASES = 1 << 3;
  private static final int PARENT = 1 << 4;
  private static final int POINT = 1 << 5;
  private static final int POPULATION = 1 << 6;
  private static final int CONTROL_CLAIMS = 1 << 7;
  private static final int EXTERNAL_IDS = 1 << 8;
  private static final int DESCRIPTION = 1 << 9;

  private TerritoryDeserializer() {
    super(Territory.class);
  }

  @Override
  public @Nullable Territory decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads a territory at the current token.
   *
   * @param c the context
   * @return the territory, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Territory read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of a territory whose object level is open, up to its end.
   *
   * @param c the context
   * @return the territory, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Territory members(ReadContext c) throws IOException {
    ImmutableTerritory.Builder b = Territory.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            TerritoryId v = Ids.territory(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "kind":
          if (c.first(KIND)) {
            TerritoryKind v = CodeLists.TERRITORY_KIND.read(c);
            if (v != null) {
              b.kind(v);
            }
          }
          break;
        case "name":
          if (c.first(NAME)) {
            Name v = NameDeserializer.read(c);
            if (v != null) {
              b.name(v);
            }
          }
          break;
        case "aliases":
          if (c.first(ALIASES)) {
            Lists.read(c, "an array of names", NameDeserializer::read, b::addAlias);
          }
          break;
        case "parent":
          if (c.first(PARENT)) {
            TerritoryId v = Ids.territory(c);
            if (v != null) {
              b.parent(v);
            }
          }
          break;
        case "point":
          if (c.first(POINT)) {
            GeoPoint v = GeoPointDeserializer.read(c);
            if (v != null) {
              b.point(v);
            }
          }
          break;
        case "population":
          if (c.first(POPULATION)) {
            Estimate v = EstimateDeserializer.read(c);
            if (v != null) {
              b.population(v);
            }
          }
          break;
        case "controlClaims":
          if (c.first(CONTROL_CLAIMS)) {
            Lists.read(
                c,
                "an array of control claims",
                ControlClaimDeserializer::read,
                b::addControlClaim);
          }
          break;
        case "externalIds":
          if (c.first(EXTERNAL_IDS)) {
            Lists.read(
                c, "an array of external ids", ExternalIdDeserializer::read, b::addExternalId);
          }
          break;
        case "description":
          if (c.first(DESCRIPTION)) {
            String v = Scalars.text(c, "Territory", "description");
            if (v != null) {
              b.description(v);
            }
          }
          break;
        default:
          extensions = ExtensionReader.memberOrUnknown(c, m, extensions, WHAT, MEMBERS);
      }
    }
    c.require(ID, "id", WHAT);
    c.require(KIND, "kind", WHAT);
    c.require(NAME, "name", WHAT);
    if (extensions != null) {
      b.putAllExtensions(extensions);
    }
    return Build.finish(c, b::build);
  }
}
