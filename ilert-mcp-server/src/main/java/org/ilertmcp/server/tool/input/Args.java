package org.ilertmcp.server.tool.input;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Typed access to a tool's (already schema-validated) arguments. */
public final class Args {
  private final ObjectNode node;
  private final Clock clock;

  public Args(ObjectNode node, Clock clock) {
    this.node = node;
    this.clock = clock;
  }

  public boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull() && !(v.isString() && v.stringValue().isBlank());
  }

  public Optional<String> string(String name) {
    return has(name) ? Optional.of(node.get(name).asString().trim()) : Optional.empty();
  }

  public String requireString(String name) {
    return string(name).orElseThrow(() -> new ToolInputException(name + " is required."));
  }

  public int integer(String name, int fallback) {
    return has(name) ? node.get(name).asInt() : fallback;
  }

  public Optional<Integer> integer(String name) {
    return has(name) ? Optional.of(node.get(name).asInt()) : Optional.empty();
  }

  public boolean bool(String name, boolean fallback) {
    return has(name) ? node.get(name).asBoolean() : fallback;
  }

  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    JsonNode v = node.get(name);
    if (v != null && v.isArray()) {
      v.forEach(item -> out.add(item.asString().trim()));
    }
    return out;
  }

  public Optional<Instant> instant(String name) {
    return string(name).map(v -> Times.parse(name, v, clock));
  }

  /** A required time; missing, null or blank is an input error that names the formats. */
  public Instant requireInstant(String name) {
    return instant(name)
        .orElseThrow(
            () ->
                new ToolInputException(
                    name
                        + " is required: ISO-8601 with a zone (2026-05-01T08:00:00Z), 'now', or a"
                        + " relative time like 24h."));
  }

  /** A positive numeric id, with a message the model can act on. */
  public long id(String name) {
    String value = requireString(name);
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new ToolInputException(name + " must be a numeric ilert id, got '" + value + "'.");
  }

  public ObjectNode raw() {
    return node;
  }
}
