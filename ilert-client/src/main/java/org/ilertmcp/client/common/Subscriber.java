package org.ilertmcp.client.common;

/**
 * A private subscriber of an incident, service or status page.
 *
 * @param id user or team id
 * @param name display name (in responses)
 * @param type {@code USER} or {@code TEAM} (open set)
 */
public record Subscriber(Long id, String name, String type) {
  /**
   * @param userId the user id
   * @return a user subscriber
   */
  public static Subscriber user(long userId) {
    return new Subscriber(userId, null, "USER");
  }

  /**
   * @param teamId the team id
   * @return a team subscriber
   */
  public static Subscriber team(long teamId) {
    return new Subscriber(teamId, null, "TEAM");
  }
}
