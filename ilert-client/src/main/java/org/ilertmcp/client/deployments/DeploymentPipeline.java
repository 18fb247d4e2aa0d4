package org.ilertmcp.client.deployments;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.common.TeamRel;
import tools.jackson.databind.JsonNode;

/**
 * A deployment pipeline.
 *
 * @param id pipeline id
 * @param name name
 * @param integrationType API, GITHUB, GITLAB, ... (open set)
 * @param integrationKey key for deployment events
 * @param integrationUrl webhook URL
 * @param teams owning teams
 * @param params type-specific parameters as raw JSON
 * @param createdAt creation time
 * @param updatedAt last update
 */
public record DeploymentPipeline(
    Long id,
    String name,
    String integrationType,
    String integrationKey,
    String integrationUrl,
    List<TeamRel> teams,
    JsonNode params,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * @param name name
   * @param integrationType e.g. {@code API}
   * @return a body for creating a pipeline
   */
  public static DeploymentPipeline newPipeline(String name, String integrationType) {
    return new DeploymentPipeline(null, name, integrationType, null, null, null, null, null, null);
  }
}
