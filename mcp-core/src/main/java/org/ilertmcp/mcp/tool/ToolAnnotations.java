package org.ilertmcp.mcp.tool;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Behaviour hints a client may show or use (untrusted by clients, but always set by us).
 *
 * @param readOnlyHint the tool does not change its environment
 * @param destructiveHint a change may destroy or overwrite data (meaningful when not read-only)
 * @param idempotentHint calling again with the same arguments has no additional effect
 * @param openWorldHint the tool talks to an external system
 */
public record ToolAnnotations(
    boolean readOnlyHint, boolean destructiveHint, boolean idempotentHint, boolean openWorldHint) {

  /** A read-only tool against an external system. */
  public static ToolAnnotations readOnly() {
    return new ToolAnnotations(true, false, true, true);
  }

  /** A non-destructive write against an external system. */
  public static ToolAnnotations write(boolean idempotent) {
    return new ToolAnnotations(false, false, idempotent, true);
  }

  /** A write that may destroy or overwrite data in an external system. */
  public static ToolAnnotations destructive(boolean idempotent) {
    return new ToolAnnotations(false, true, idempotent, true);
  }

  /** Local, closed-world variant of these hints. */
  public ToolAnnotations closedWorld() {
    return new ToolAnnotations(readOnlyHint, destructiveHint, idempotentHint, false);
  }

  /** The hints; the title travels once, as the tool's own {@code title}. */
  ObjectNode toJson() {
    return Json.object()
        .put("readOnlyHint", readOnlyHint)
        .put("destructiveHint", destructiveHint)
        .put("idempotentHint", idempotentHint)
        .put("openWorldHint", openWorldHint);
  }
}
