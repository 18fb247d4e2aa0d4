package org.ilertmcp.client.incidents;

import java.util.List;

/**
 * The states of an incident (a status-page communication); models keep ilert's value as a string so
 * a new state never breaks parsing.
 */
public enum IncidentStatus {
  INVESTIGATING,
  IDENTIFIED,
  MONITORING,
  RESOLVED;

  /** The states of an incident that is not over. */
  public static final List<IncidentStatus> OPEN = List.of(INVESTIGATING, IDENTIFIED, MONITORING);

  /** Whether ilert's value {@code wire} names this state. */
  public boolean is(String wire) {
    return name().equalsIgnoreCase(wire);
  }

  /** ilert's values for these states, in order. */
  public static List<String> wire(List<IncidentStatus> states) {
    return states.stream().map(IncidentStatus::name).toList();
  }
}
