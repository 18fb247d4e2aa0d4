package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** An ilert user. {@code timezone} is an IANA zone id. */
public record User(
    long id,
    String firstName,
    String lastName,
    String email,
    String username,
    String timezone,
    String language,
    String region,
    Role role,
    String position,
    String department,
    String phone,
    String shiftColor,
    Instant createdAt) {

  /** "First Last", as ilert renders a user's name. */
  public String fullName() {
    return firstName + " " + lastName;
  }
}
