package org.ilertmcp.server.tool;

/**
 * A tool that changes ilert. Besides acting ({@link #call}) it can say what it would do ({@link
 * #preview}): the answer of {@code dry_run}, and the text a person confirms when the confirmation
 * policy covers the call. The catalogue rule is that every tool that is not read-only is one.
 */
public interface WriteTool extends IlertTool {

  /**
   * What this call would change, who it would notify and what cannot be undone. It may read from
   * ilert (names, the alert's priority, subscriber counts) and must change nothing; it runs again
   * on every attempt of a confirmed call, so it must also be cheap.
   *
   * @throws org.ilertmcp.server.tool.input.ToolInputException for arguments the model can fix
   */
  Preview preview(IlertCall call);

  /**
   * Whether each call acts anew, so that a retry after a lost answer would act twice: it creates
   * something (an alert, a status update or an update to one, an override, a window, a deployment
   * event, a comment), runs an action or moves an escalation on. Such a tool takes {@code
   * idempotency_key}.
   */
  default boolean creates() {
    return false;
  }
}
