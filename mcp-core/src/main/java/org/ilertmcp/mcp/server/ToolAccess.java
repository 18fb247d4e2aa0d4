package org.ilertmcp.mcp.server;

import java.util.Optional;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.tool.Tool;

/**
 * Decides per request which tools a caller may see and call. A refused tool is left out of {@code
 * tools/list}; calling it by name returns the refusal as an error result.
 */
@FunctionalInterface
public interface ToolAccess {

  /** Why this caller may not use {@code tool}, or empty when it may. */
  Optional<String> refusal(Tool tool, RequestContext context);

  /**
   * Called once before {@code tools/list} asks {@link #refusal} about each tool, so an
   * implementation can learn what this caller may do (e.g. read its permissions) in one step. It
   * must return promptly: listing never waits long.
   */
  default void beforeListing(RequestContext context) {}

  ToolAccess ALLOW_ALL = (tool, context) -> Optional.empty();
}
