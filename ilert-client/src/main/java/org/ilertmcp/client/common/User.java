package org.ilertmcp.client.common;

import java.time.Instant;

/**
 * An ilert user. Enum-like fields are kept as strings so new values never break parsing.
 *
 * @param id user id
 * @param firstName first name
 * @param lastName last name
 * @param email login e-mail
 * @param username username (returned by ilert though not in the spec)
 * @param timezone IANA time zone
 * @param position position
 * @param department department
 * @param avatarUrl avatar URL
 * @param language {@code de} or {@code en}
 * @param region region code
 * @param role ADMIN, USER, RESPONDER, STAKEHOLDER, GUEST, VIEWER, ...
 * @param shiftColor hex colour
 * @param mutedUntil notifications muted until
 * @param createdAt creation time
 * @param updatedAt last update
 */
public record User(
    Long id,
    String firstName,
    String lastName,
    String email,
    String username,
    String timezone,
    String position,
    String department,
    String avatarUrl,
    String language,
    String region,
    String role,
    String shiftColor,
    Instant mutedUntil,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * A body for creating a user.
   *
   * @param firstName first name
   * @param lastName last name
   * @param email e-mail
   * @param role role, or null for ilert's default
   * @return the user
   */
  public static User newUser(String firstName, String lastName, String email, String role) {
    return new User(
        null, firstName, lastName, email, null, null, null, null, null, null, null, role, null,
        null, null, null);
  }

  /**
   * A reference to an existing user, as ilert's request bodies take it (only the id is sent).
   *
   * @param id user id
   * @return the reference
   */
  public static User ref(long id) {
    return new User(
        id, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }
}
