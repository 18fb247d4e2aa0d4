package org.ilertmcp.client.deployments;

import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Transport;

/**
 * {@code POST /api/deployment-events} (202, queued). The public API has no endpoint to read
 * deployment events back.
 */
public final class DeploymentEventsApi {
  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public DeploymentEventsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * Sends a deployment event; the caller's credential is not sent.
   *
   * @param ctx call context (only its deadline is used)
   * @param event the event
   * @return the HTTP status (202)
   */
  public int send(CallContext ctx, DeploymentEvent event) {
    return transport
        .send(ctx, ApiRequest.post("deployment-events").body(event).anonymous().build())
        .status();
  }
}
