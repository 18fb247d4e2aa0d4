package org.ilertmcp.client.maintenance;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.common.IdRef;

/**
 * A maintenance window: its sources raise no alerts and its services show UNDER_MAINTENANCE.
 *
 * @param id window id
 * @param summary summary
 * @param description description (markdown)
 * @param timezone IANA time zone
 * @param start start
 * @param end end
 * @param alertSources affected alert sources (send only ids)
 * @param services affected services (send only ids)
 * @param createdBy creator (read-only)
 * @param notifications when subscribers are notified
 */
public record MaintenanceWindow(
    Long id,
    String summary,
    String description,
    String timezone,
    Instant start,
    Instant end,
    List<IdRef> alertSources,
    List<IdRef> services,
    String createdBy,
    Notifications notifications) {

  /**
   * Subscriber notifications of a window.
   *
   * @param atCreation when the window is created
   * @param atStart when it starts
   * @param atEnd when it ends
   */
  public record Notifications(Boolean atCreation, Boolean atStart, Boolean atEnd) {}
}
