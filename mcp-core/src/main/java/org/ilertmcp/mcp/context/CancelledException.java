package org.ilertmcp.mcp.context;

/** Thrown inside a handler when the client has cancelled the request it serves. */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CancelledException() {
    super("Request cancelled by the client", null, false, false);
  }
}
