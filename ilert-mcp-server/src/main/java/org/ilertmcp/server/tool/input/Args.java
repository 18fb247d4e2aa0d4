package org.ilertmcp.server.tool.input;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A tool call's arguments, read through the {@link Param}s that declared them. */
public final class Args {
  /** The argument that names the zone of local times given without an offset. */
  public static final String TIMEZONE = "timezone";

  private final ObjectNode node;
  private final Clock clock;
  private final String tool;

  public Args(ObjectNode node, Clock clock) {
    this(node, clock, "");
  }

  /** Arguments of a call of {@code tool} (cursors are bound to it). */
  public Args(ObjectNode node, Clock clock, String tool) {
    this.node = node;
    this.clock = clock;
    this.tool = tool;
  }

  /** The tool called, or empty when not known. */
  public String tool() {
    return tool;
  }

  /** Whether the argument was given (not null, not blank). */
  public boolean has(Param<?> param) {
    JsonNode v = node.get(param.name());
    return v != null && !v.isNull() && !(v.isString() && v.asString().isBlank());
  }

  /** The value, or empty when absent. */
  public <T> Optional<T> find(Param<T> param) {
    if (!has(param)) {
      return Optional.empty();
    }
    return Optional.ofNullable(param.read(param.coerce(node.get(param.name())), this));
  }

  /** The value, its default when absent, or an error naming the parameter when it has none. */
  public <T> T get(Param<T> param) {
    return find(param)
        .or(() -> Optional.ofNullable(param.fallback()))
        .orElseThrow(() -> new ToolInputException(Input.missing(param)));
  }

  /** The business clock times are read against. */
  public Clock clock() {
    return clock;
  }

  /** The zone named by the {@code timezone} argument, if the call has one. */
  public Optional<ZoneId> zone() {
    JsonNode v = node.get(TIMEZONE);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(v.asString().trim()));
    } catch (DateTimeException e) {
      throw new ToolInputException(
          "`timezone` '"
              + v.asString().trim()
              + "' is not an IANA time zone; use a name like Europe/Berlin or UTC.");
    }
  }

  public ObjectNode raw() {
    return node;
  }
}
