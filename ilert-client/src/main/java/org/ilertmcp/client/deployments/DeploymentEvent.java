package org.ilertmcp.client.deployments;

import java.util.List;
import org.ilertmcp.client.common.Link;
import tools.jackson.databind.JsonNode;

/**
 * A deployment event for {@code POST /api/deployment-events}, authenticated by the pipeline's
 * integration key in the body.
 *
 * @param integrationKey the pipeline's integration key (required)
 * @param summary summary (required)
 * @param timestamp epoch seconds, or null for now
 * @param userEmail maps the event to an ilert user
 * @param customDetails any JSON
 * @param links links
 */
public record DeploymentEvent(
    String integrationKey,
    String summary,
    Long timestamp,
    String userEmail,
    JsonNode customDetails,
    List<Link> links) {

  /**
   * @param integrationKey the pipeline's key
   * @param summary summary
   * @return an event with only the required fields
   */
  public static DeploymentEvent of(String integrationKey, String summary) {
    return new DeploymentEvent(integrationKey, summary, null, null, null, null);
  }
}
