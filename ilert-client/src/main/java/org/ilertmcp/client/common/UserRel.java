package org.ilertmcp.client.common;

/**
 * A lightweight user reference.
 *
 * @param id user id
 * @param firstName first name (in responses)
 * @param lastName last name (in responses)
 */
public record UserRel(Long id, String firstName, String lastName) {
  /**
   * @param id the user id
   * @return a reference for request bodies
   */
  public static UserRel of(long id) {
    return new UserRel(id, null, null);
  }
}
