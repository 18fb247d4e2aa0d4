package org.ilertmcp.emulator.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored JSON documents for the configuration resources whose behaviour is plain CRUD (status
 * pages, maintenance windows, connectors, …). ilert's PUT is a full replace, so keeping the body
 * the caller sent (plus server-set fields) is exactly the wire behaviour.
 */
public final class Documents {
  private final Map<String, Map<String, ObjectNode>> collections = new HashMap<>();

  /** The documents of a collection keyed by id as text, in insertion order (live map). */
  public Map<String, ObjectNode> of(String collection) {
    return collections.computeIfAbsent(collection, k -> new LinkedHashMap<>());
  }

  /** Every collection by name, sorted (live maps; read under the store's lock). */
  public Map<String, Map<String, ObjectNode>> all() {
    return new TreeMap<>(collections);
  }
}
