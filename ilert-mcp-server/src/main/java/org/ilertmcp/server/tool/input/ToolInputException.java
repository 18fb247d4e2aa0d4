package org.ilertmcp.server.tool.input;

import org.ilertmcp.mcp.tool.InvalidArgumentsException;

/** An argument the model can fix; its message is one actionable sentence. */
public final class ToolInputException extends InvalidArgumentsException {
  private static final long serialVersionUID = 1L;

  public ToolInputException(String message) {
    super(message);
  }
}
