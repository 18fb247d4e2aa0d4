package org.ilertmcp.emulator.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fault-injection rules of one emulator. Thread-safe; rules are tried in the order added and
 * the first match applies (and uses up one of its {@code times}).
 */
public final class Faults {
  private final List<FaultRule> rules = new ArrayList<>();
  private final Map<String, Integer> hits = new HashMap<>();
  private long nextId = 1;

  /** Adds a rule and returns it with its id. */
  public synchronized FaultRule add(FaultRule rule) {
    FaultRule stored = rule.withId("fault-" + nextId++);
    rules.add(stored);
    return stored;
  }

  /** The active rules. */
  public synchronized List<FaultRule> list() {
    return List.copyOf(rules);
  }

  /** Removes one rule; false if unknown. */
  public synchronized boolean remove(String id) {
    return rules.removeIf(r -> r.id().equals(id));
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
  }

  /**
   * How many requests a rule has hit so far (also after it was used up or removed): the number of
   * attempts a client made against that fault.
   */
  public synchronized int hits(String id) {
    return hits.getOrDefault(id, 0);
  }

  /** The rule that applies to this request, consuming one use of it. */
  public synchronized Optional<FaultRule> take(String method, String path) {
    for (int i = 0; i < rules.size(); i++) {
      FaultRule rule = rules.get(i);
      if (rule.matches(method, path)) {
        hits.merge(rule.id(), 1, Integer::sum);
        if (rule.times() == 1) {
          rules.remove(i);
        } else if (rule.times() > 1) {
          rules.set(i, rule.decremented());
        }
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
