package dev.casus.interop.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deduplicates the entities that rows of a dataset introduce (an actor, a place, a source) and
 * gives each a deterministic id. The first row that names an entity creates it; later rows get
 * the same id. A row's new entities are staged until the row is known to convert ({@link
 * #commit()}), so a rejected row leaves nothing behind ({@link #rollback()}).
 *
 * @param <K> the natural key (a name, or a path of names)
 * @param <E> the entity type
 */
public final class Registry<K, E> {

  private final Map<K, String> idsByKey = new HashMap<>();
  private final Map<String, E> entitiesById = new HashMap<>();
  private final List<K> stagedKeys = new ArrayList<>();
  private final List<E> staged = new ArrayList<>();

  /** An empty registry. */
  public Registry() {}

  /**
   * The id of the entity with {@code key}, creating (and staging) the entity if this is its first
   * mention. A new entity gets {@code baseId}, or {@code baseId-2}, {@code baseId-3}, ... if a
   * different key already took that id.
   *
   * @param key the natural key
   * @param baseId the preferred id
   * @param factory builds the entity for the id chosen; may throw to reject the row
   * @return the entity's id
   */
  public String idFor(K key, String baseId, Function<String, E> factory) {
    String known = idsByKey.get(key);
    if (known != null) {
      return known;
    }
    String id = baseId;
    for (int n = 2; entitiesById.containsKey(id); n++) {
      id = baseId + "-" + n;
    }
    E entity = factory.apply(id);
    idsByKey.put(key, id);
    entitiesById.put(id, entity);
    stagedKeys.add(key);
    staged.add(entity);
    return id;
  }

  /**
   * The entity with this id, staged or committed.
   *
   * @param id the id
   * @return the entity, if known
   */
  public Optional<E> get(String id) {
    return Optional.ofNullable(entitiesById.get(id));
  }

  /**
   * Makes the staged entities permanent.
   *
   * @return the entities created since the last commit or rollback, in creation order
   */
  public List<E> commit() {
    List<E> created = List.copyOf(staged);
    stagedKeys.clear();
    staged.clear();
    return created;
  }

  /** Forgets the entities created since the last commit, as if their row had never been read. */
  public void rollback() {
    for (K key : stagedKeys) {
      String id = idsByKey.remove(key);
      if (id != null) {
        entitiesById.remove(id);
      }
    }
    stagedKeys.clear();
    staged.clear();
  }

  /**
   * How many entities the registry holds.
   *
   * @return the count, staged included
   */
  public int size() {
    return entitiesById.size();
  }
}
