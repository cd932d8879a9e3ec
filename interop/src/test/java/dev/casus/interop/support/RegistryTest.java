package dev.casus.interop.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

  @Test
  void theFirstMentionCreatesAndLaterOnesReuse() {
    Registry<String, String> r = new Registry<>();
    assertEquals("a", r.idFor("Alpha", "a", id -> "entity " + id));
    assertEquals("a", r.idFor("Alpha", "other", id -> "never"));
    assertEquals(List.of("entity a"), r.commit());
    assertEquals(List.of(), r.commit());
  }

  @Test
  void differentKeysWithTheSameBaseIdGetSuffixes() {
    Registry<String, String> r = new Registry<>();
    assertEquals("x", r.idFor("X (1)", "x", id -> id));
    assertEquals("x-2", r.idFor("X (2)", "x", id -> id));
    assertEquals("x-3", r.idFor("X (3)", "x", id -> id));
    assertEquals(3, r.size());
  }

  @Test
  void rollbackForgetsTheRowsNewEntities() {
    Registry<String, String> r = new Registry<>();
    r.idFor("kept", "k", id -> id);
    r.commit();
    r.idFor("dropped", "d", id -> id);
    r.rollback();
    assertTrue(r.get("d").isEmpty());
    assertEquals("k", r.get("k").orElseThrow());
    assertEquals("d", r.idFor("dropped", "d", id -> id));
    assertEquals(List.of("d"), r.commit());
  }

  @Test
  void aFailingFactoryLeavesNothingBehind() {
    Registry<String, String> r = new Registry<>();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            r.idFor(
                "bad",
                "b",
                id -> {
                  throw new IllegalArgumentException("no");
                }));
    assertEquals(0, r.size());
  }
}
