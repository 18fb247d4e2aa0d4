package org.ilertmcp.client.common;

/**
 * A lightweight team reference.
 *
 * @param id team id
 * @param name team name (in responses)
 */
public record TeamRel(Long id, String name) {
  /**
   * @param id the team id
   * @return a reference for request bodies
   */
  public static TeamRel of(long id) {
    return new TeamRel(id, null);
  }
}
