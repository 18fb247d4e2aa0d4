package org.ilertmcp.mcp.tool;

/** Arguments a model can fix; the message is one actionable sentence and becomes the result. */
public class InvalidArgumentsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentsException(String message) {
    super(message, null, false, false);
  }
}
