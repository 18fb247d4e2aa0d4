package org.ilertmcp.client.maintenance;

import java.time.Instant;
import java.util.List;

/**
 * Filters of {@code GET /maintenance-windows}; null or empty means no filter.
 *
 * @param state OPEN (upcoming and ongoing) or CLOSED (past)
 * @param services service ids
 * @param sources alert source ids
 * @param from start
 * @param until end
 */
public record MaintenanceWindowQuery(
    String state, List<Long> services, List<Long> sources, Instant from, Instant until) {
  /**
   * @return no filters
   */
  public static MaintenanceWindowQuery all() {
    return new MaintenanceWindowQuery(null, null, null, null, null);
  }
}
