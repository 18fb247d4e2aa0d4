package org.ilertmcp.server.tool;

import org.ilertmcp.mcp.tool.ToolResult;

/** One ilert tool: its specification and its behaviour. One class per tool. */
public interface IlertTool {

  /** Name, toolset, access tier, descriptions, schemas and hints. */
  ToolSpec spec();

  /**
   * Runs the tool. Arguments are already validated against the input schema. Throw {@link
   * org.ilertmcp.server.tool.input.ToolInputException} for arguments the model can fix; ilert
   * failures ({@link org.ilertmcp.client.IlertApiException}) are mapped to error results in one
   * place.
   */
  ToolResult call(IlertCall call);
}
