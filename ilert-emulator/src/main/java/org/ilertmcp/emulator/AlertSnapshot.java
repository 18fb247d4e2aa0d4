package org.ilertmcp.emulator;

import java.time.Instant;
import java.util.List;

/**
 * An immutable copy of an alert's state, for assertions in tests.
 *
 * @param id alert id
 * @param sourceId alert source id
 * @param policyId escalation policy id
 * @param status PENDING, ACCEPTED or RESOLVED
 * @param priority HIGH or LOW
 * @param alertKey the alert key as sent (may be null)
 * @param summary summary
 * @param reportTime creation time
 * @param acceptedOn first acceptance, or null
 * @param resolvedOn resolution, or null
 * @param responders responder user ids with their status
 * @param escalationLevel 0-based level last notified (-1 before the first)
 * @param nextEscalation when the next level is due, or null
 */
public record AlertSnapshot(
    long id,
    long sourceId,
    long policyId,
    String status,
    String priority,
    String alertKey,
    String summary,
    Instant reportTime,
    Instant acceptedOn,
    Instant resolvedOn,
    List<ResponderSnapshot> responders,
    int escalationLevel,
    Instant nextEscalation) {

  /** A responder: user id and PENDING/ACCEPTED. */
  public record ResponderSnapshot(long userId, String status) {}

  public AlertSnapshot {
    responders = List.copyOf(responders);
  }
}
