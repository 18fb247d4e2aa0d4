package org.ilertmcp.mcp.server;

import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completion values for a prompt argument or a resource-template variable.
 *
 * @param values at most {@link #MAX_VALUES} suggestions, best first
 * @param total how many matches exist in all, if known
 * @param hasMore whether more matches exist than were returned
 */
public record Completion(List<String> values, Integer total, boolean hasMore) {
  public static final int MAX_VALUES = 100;

  public Completion {
    values = List.copyOf(values.size() > MAX_VALUES ? values.subList(0, MAX_VALUES) : values);
  }

  public static final Completion EMPTY = new Completion(List.of(), 0, false);

  /** Filters candidates by a case-insensitive prefix and caps them at {@link #MAX_VALUES}. */
  public static Completion ofPrefix(List<String> candidates, String prefix) {
    String p = prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT);
    List<String> matches =
        candidates.stream()
            .filter(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(p))
            .toList();
    return new Completion(matches, matches.size(), matches.size() > MAX_VALUES);
  }

  ObjectNode toJson() {
    ObjectNode completion = Json.object();
    ArrayNode array = completion.putArray("values");
    values.forEach(array::add);
    Json.putIfPresent(completion, "total", total);
    completion.put("hasMore", hasMore);
    ObjectNode out = Json.object();
    out.set("completion", completion);
    return out;
  }

  /** What is being completed. */
  public record Reference(Kind kind, String name) {
    /** A prompt (by name) or a resource template (by URI template). */
    public enum Kind {
      PROMPT,
      RESOURCE_TEMPLATE
    }
  }

  /** Supplies completions; return {@link #EMPTY} when nothing applies. */
  @FunctionalInterface
  public interface Provider {
    Completion complete(
        RequestContext context,
        Reference reference,
        String argument,
        String value,
        Map<String, String> otherArguments);
  }
}
