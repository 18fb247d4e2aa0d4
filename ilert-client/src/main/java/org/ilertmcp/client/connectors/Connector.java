package org.ilertmcp.client.connectors;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A connector (credentials for an outbound system used by alert actions).
 *
 * @param id connector id (a string)
 * @param type connector type, e.g. {@code slack} (open set)
 * @param name name
 * @param params type-specific parameters as raw JSON
 * @param createdAt creation time
 * @param updatedAt last update
 */
public record Connector(
    String id, String type, String name, JsonNode params, Instant createdAt, Instant updatedAt) {}
