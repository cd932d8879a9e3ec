package dev.casus.jackson.deser;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.actor.ImmutableActor;
import dev.casus.core.name.Name;
import dev.casus.core.territory.TerritoryId;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Actor}: {@code id}, {@code kind}, {@code name}, {@code aliases}?, {@code
 * country}?, {@code affiliations}?, {@code externalIds}?, {@code description}?, {@code x-*}?.
 */
public final class ActorDeserializer extends CasusDeserializer<Actor> {

  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final ActorDeserializer INSTANCE = new ActorDeserializer();

  private static final String WHAT = "an actor";
  private static final String MEMBERS =
      "id, kind, name, aliases, country, affiliations, externalIds, description";
  private static final int ID = 1;
  private static final int KIND = 1 << 1;
  private static final int NAME = 1 << 2;
  private static final int ALIASES = 1 << 3;
  private static final int COUNTRY = 1 << 4;
  private static final int AFFILIATIONS = 1 << 5;
  private static final int EXTERNAL_IDS = 1 << 6;
  private static final int DESCRIPTION = 1 << 7;

  private ActorDeserializer() {
    super(Actor.class);
  }

  @Override
  public @Nullable Actor decode(ReadContext c) throws IOException {
    return read(c);
  }

  /**
   * Reads an actor at the current token.
   *
   * @param c the context
   * @return the actor, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Actor read(ReadContext c) throws IOException {
    return c.startObject(WHAT) ? members(c) : null;
  }

  /**
   * Reads the members of an actor whose object level is open, up to its end.
   *
   * @param c the context
   * @return the actor, or null (COLLECT mode) if broken
   * @throws IOException if the parser fails
   */
  public static @Nullable Actor members(ReadContext c) throws IOException {
    ImmutableActor.Builder b = Actor.builder();
    Map<String, String> extensions = null;
    String m;
    while ((m = c.nextMember()) != null) {
      switch (m) {
        case "id":
          if (c.first(ID)) {
            ActorId v = Ids.actor(c);
            if (v != null) {
              b.id(v);
              c.entityId(v);
            }
          }
          break;
        case "kind":
          if (c.first(KIND)) {
            ActorKind v = CodeLists.ACTOR_KIND.read(c);
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
        case "country":
          if (c.first(COUNTRY)) {
            TerritoryId v = Ids.territory(c);
            if (v != null) {
              b.country(v);
            }
          }
          break;
        case "affiliations":
          if (c.first(AFFILIATIONS)) {
            Lists.read(
                c, "an array of affiliations", AffiliationDeserializer::read, b::addAffiliation);
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
            String v = Scalars.text(c, "Actor", "description");
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
