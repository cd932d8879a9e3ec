package dev.casus.core.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.casus.core.actor.Actor;
import dev.casus.core.actor.ActorId;
import dev.casus.core.actor.ActorKind;
import dev.casus.core.name.Name;
import dev.casus.core.territory.Territory;
import dev.casus.core.territory.TerritoryId;
import dev.casus.core.territory.TerritoryKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedTest {

  private static final Instant CREATED = Instant.parse("2020-10-05T00:00:00Z");

  private static Actor actor(String id, String name) {
    return Actor.builder().id(ActorId.of(id)).kind(ActorKind.STATE).name(Name.of(name)).build();
  }

  private static ImmutableFeed.Builder feed() {
    return Feed.builder().producer("casus-tests").createdAt(CREATED);
  }

  @Test
  void defaultsToTheCurrentSchemaVersionAndNotPartial() {
    Feed f = feed().build();
    assertEquals("1.0", f.schemaVersion());
    assertFalse(f.partial());
    assertEquals(0, f.entityCount());
  }

  @Test
  void findsEntitiesById() {
    Actor aze = actor("act-aze", "Azerbaijan");
    Territory ganja =
        Territory.builder()
            .id(TerritoryId.of("ter-ganja"))
            .kind(TerritoryKind.CITY)
            .name(Name.of("Ganja"))
            .build();
    Feed f = feed().addActor(aze).addTerritory(ganja).build();
    assertEquals(aze, f.actor(ActorId.of("act-aze")).orElseThrow());
    assertEquals(ganja, f.territory(TerritoryId.of("ter-ganja")).orElseThrow());
    assertTrue(f.actor(ActorId.of("act-arm")).isEmpty());
    assertTrue(f.contains(ActorId.of("act-aze")));
    assertFalse(f.contains(TerritoryId.of("act-aze")));
    assertEquals(2, f.entityCount());
  }

  @Test
  void idsWithEqualHashesAreNotDuplicatesAmongManyIds() {
    // "Aa" and "BB" have the same String hash: the table meets the earlier id at the new one's
    // hash and must compare the ids themselves
    ImmutableFeed.Builder b = feed();
    for (int i = 0; i < 20_000; i++) {
      b.addActor(actor("act-" + i, "Actor " + i));
    }
    b.addActor(actor("act-Aa", "A")).addActor(actor("act-BB", "B"));
    assertEquals("act-Aa".hashCode(), "act-BB".hashCode());
    assertEquals(20_002, b.build().actors().size());
  }

  @Test
  void duplicateIdFarApartAmongManyIdsNamesBothIndexes() {
    ImmutableFeed.Builder b = feed();
    for (int i = 0; i < 20_000; i++) {
      b.addActor(actor("act-" + i, "Actor " + i));
    }
    b.addActor(actor("act-Aa", "A")).addActor(actor("act-BB", "B")).addActor(actor("act-7", "Z"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertEquals("Feed.actors holds the id \"act-7\" twice, at index 7 and 20002", e.getMessage());
  }

  @Test
  void rejectsDuplicateIdsOfOneKindNamingTheIndexes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                feed()
                    .addActor(actor("act-aze", "Azerbaijan"))
                    .addActor(actor("act-arm", "Armenia"))
                    .addActor(actor("act-aze", "Azerbaijan Republic"))
                    .build());
    assertEquals(
        "Feed.actors holds the id \"act-aze\" twice, at index 0 and 2", e.getMessage());
  }

  @Test
  void theSameIdMayNameEntitiesOfDifferentKinds() {
    Territory aze =
        Territory.builder()
            .id(TerritoryId.of("aze"))
            .kind(TerritoryKind.COUNTRY)
            .name(Name.of("Azerbaijan"))
            .build();
    Feed f = feed().addActor(actor("aze", "Azerbaijan")).addTerritory(aze).build();
    assertEquals(2, f.entityCount());
  }

  @Test
  void rejectsMalformedSchemaVersionAndBlankProducer() {
    IllegalArgumentException version =
        assertThrows(IllegalArgumentException.class, () -> feed().schemaVersion("1").build());
    assertEquals(
        "Feed.schemaVersion must be major.minor (e.g. \"1.0\"), got \"1\"", version.getMessage());
    IllegalArgumentException producer =
        assertThrows(
            IllegalArgumentException.class,
            () -> Feed.builder().producer(" ").createdAt(CREATED).build());
    assertEquals("Feed.producer must not be blank", producer.getMessage());
  }

  @Test
  void rejectsMissingRequiredMembersNamingThem() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Feed.builder().producer("p").build());
    assertTrue(e.getMessage().contains("createdAt"), e.getMessage());
  }

  @Test
  void headerCarriesTheMetadataAndRebuildsTheFeed() {
    Feed f =
        feed()
            .description("The seed article")
            .partial(true)
            .putExtension("x-run", "7")
            .addActor(actor("act-aze", "Azerbaijan"))
            .build();
    FeedHeader header = f.header();
    assertEquals("casus-tests", header.producer());
    assertEquals(CREATED, header.createdAt());
    assertTrue(header.partial());
    assertEquals("7", header.extensions().get("x-run"));
    Feed rebuilt = Feed.builder().from(header).addAllActors(f.actors()).build();
    assertEquals(f, rebuilt);
    assertEquals(f.hashCode(), rebuilt.hashCode());
  }

  @Test
  void rejectsNonExtensionMembersInExtensions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> feed().putExtension("run", "7").build());
    assertTrue(e.getMessage().startsWith("Feed.extensions member name"), e.getMessage());
  }
}
