package org.ilertmcp.server.tool.input;

/** An argument the model can fix; its message is one actionable sentence. */
public final class ToolInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ToolInputException(String message) {
    super(message, null, false, false);
  }
}
