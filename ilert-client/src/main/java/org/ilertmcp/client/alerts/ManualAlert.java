package org.ilertmcp.client.alerts;

import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.Image;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.common.UserRel;

/**
 * The body of {@code POST /alerts}: an alert raised by a person (monitoring traffic belongs to the
 * events API).
 *
 * @param summary summary (required)
 * @param details details
 * @param alertSource the source (required)
 * @param escalationPolicy a policy other than the source's, or null
 * @param priority HIGH or LOW, or null
 * @param responders if set, only these users are notified and there is no escalation
 * @param images images
 * @param links links
 */
public record ManualAlert(
    String summary,
    String details,
    IdRef alertSource,
    IdRef escalationPolicy,
    String priority,
    List<Responder> responders,
    List<Image> images,
    List<Link> links) {

  /**
   * A responder in a manual alert.
   *
   * @param user the user
   */
  public record Responder(UserRel user) {}

  /**
   * @param alertSourceId the source
   * @param summary the summary
   * @return a manual alert with only the required fields
   */
  public static ManualAlert of(long alertSourceId, String summary) {
    return new ManualAlert(summary, null, IdRef.of(alertSourceId), null, null, null, null, null);
  }
}
