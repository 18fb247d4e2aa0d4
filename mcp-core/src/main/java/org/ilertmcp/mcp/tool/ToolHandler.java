package org.ilertmcp.mcp.tool;

import org.ilertmcp.mcp.context.RequestContext;
import tools.jackson.databind.node.ObjectNode;

/** The behaviour of a tool. Arguments have already been validated against the input schema. */
@FunctionalInterface
public interface ToolHandler {
  ToolResult call(RequestContext context, ObjectNode arguments);
}
