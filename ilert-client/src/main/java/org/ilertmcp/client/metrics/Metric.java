package org.ilertmcp.client.metrics;

import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import tools.jackson.databind.JsonNode;

/**
 * A metric shown on status pages.
 *
 * @param id metric id
 * @param name name
 * @param description description
 * @param aggregationType AVG, SUM, MIN, MAX, LAST (open set)
 * @param displayType GRAPH or SINGLE (open set)
 * @param unitLabel unit
 * @param interpolateGaps whether gaps are interpolated
 * @param teams owning teams
 * @param integrationKey key for {@code /series/{key}}
 * @param metadata data-source query as raw JSON
 * @param dataSource the data source (send only its id)
 */
public record Metric(
    Long id,
    String name,
    String description,
    String aggregationType,
    String displayType,
    String unitLabel,
    Boolean interpolateGaps,
    List<TeamRel> teams,
    String integrationKey,
    JsonNode metadata,
    IdRef dataSource) {

  /**
   * @param name name
   * @param aggregationType e.g. {@code AVG}
   * @param displayType e.g. {@code GRAPH}
   * @return a body for creating a metric
   */
  public static Metric newMetric(String name, String aggregationType, String displayType) {
    return new Metric(
        null, name, null, aggregationType, displayType, null, null, null, null, null, null);
  }
}
