package org.ilertmcp.emulator.engine;

import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.domain.Image;
import org.ilertmcp.emulator.domain.Link;
import org.ilertmcp.emulator.domain.Priority;

/** A parsed Events API call. {@code priority} and {@code severity} may be null. */
public record EventInput(
    String eventType,
    String alertKey,
    String summary,
    String details,
    Priority priority,
    Integer severity,
    String routingKey,
    List<String> comments,
    Map<String, String> labels,
    List<Link> links,
    List<Image> images,
    Object customDetails) {

  /** A bare event of a type, for tests and the demo generator. */
  public static EventInput of(String type, String alertKey, String summary, Priority priority) {
    return new EventInput(
        type, alertKey, summary, null, priority, null, null, List.of(), Map.of(), List.of(),
        List.of(), null);
  }
}
