package org.ilertmcp.client.common;

/**
 * A lightweight schedule reference.
 *
 * @param id schedule id
 * @param name schedule name
 * @param type {@code STATIC} or {@code RECURRING} (open set)
 */
public record ScheduleRel(Long id, String name, String type) {
  /**
   * @param id the schedule id
   * @return a reference for request bodies
   */
  public static ScheduleRel of(long id) {
    return new ScheduleRel(id, null, null);
  }
}
