package org.ilertmcp.client.events;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.common.Image;
import org.ilertmcp.client.common.Link;
import tools.jackson.databind.JsonNode;

/**
 * An event for {@code POST /api/events}, authenticated by the alert source's integration key in the
 * body (no {@code Authorization} header is sent).
 *
 * @param integrationKey the alert source's integration key (required)
 * @param eventType ALERT, ACCEPT, RESOLVE or COMMENT (required)
 * @param summary summary (required by the spec for every type)
 * @param details details (markdown)
 * @param alertKey deduplication key; ACCEPT, RESOLVE and COMMENT act on the open alert with it
 * @param priority HIGH or LOW, overriding the source's rule
 * @param severity 1..5
 * @param images images
 * @param links links
 * @param comments comments (for COMMENT)
 * @param labels labels
 * @param services affected services by alias
 * @param customDetails any JSON
 * @param routingKey picks the escalation policy with this routing key (ALERT only)
 */
public record Event(
    String integrationKey,
    String eventType,
    String summary,
    String details,
    String alertKey,
    String priority,
    Integer severity,
    List<Image> images,
    List<Link> links,
    List<Comment> comments,
    Map<String, String> labels,
    List<ServiceRef> services,
    JsonNode customDetails,
    String routingKey) {

  /**
   * A comment on an event.
   *
   * @param creator author name
   * @param content text
   */
  public record Comment(String creator, String content) {}

  /**
   * A service an event affects.
   *
   * @param alias the service alias
   * @param id the service id, or null
   */
  public record ServiceRef(String alias, Long id) {}

  /**
   * An ALERT event.
   *
   * @param integrationKey source's integration key
   * @param alertKey deduplication key, or null
   * @param summary summary
   * @return the event
   */
  public static Event alert(String integrationKey, String alertKey, String summary) {
    return of(integrationKey, "ALERT", alertKey, summary, null);
  }

  /**
   * An ACCEPT event for the open alert with {@code alertKey}.
   *
   * @param integrationKey source's integration key
   * @param alertKey the alert key
   * @param summary summary
   * @return the event
   */
  public static Event accept(String integrationKey, String alertKey, String summary) {
    return of(integrationKey, "ACCEPT", alertKey, summary, null);
  }

  /**
   * A RESOLVE event for the open alert with {@code alertKey}.
   *
   * @param integrationKey source's integration key
   * @param alertKey the alert key
   * @param summary summary
   * @return the event
   */
  public static Event resolve(String integrationKey, String alertKey, String summary) {
    return of(integrationKey, "RESOLVE", alertKey, summary, null);
  }

  /**
   * A COMMENT event on the alert with {@code alertKey}.
   *
   * @param integrationKey source's integration key
   * @param alertKey the alert key
   * @param summary summary
   * @param creator comment author
   * @param content comment text
   * @return the event
   */
  public static Event comment(
      String integrationKey, String alertKey, String summary, String creator, String content) {
    return of(integrationKey, "COMMENT", alertKey, summary, List.of(new Comment(creator, content)));
  }

  private static Event of(
      String key, String type, String alertKey, String summary, List<Comment> comments) {
    return new Event(
        key, type, summary, null, alertKey, null, null, null, null, comments, null, null, null,
        null);
  }
}
