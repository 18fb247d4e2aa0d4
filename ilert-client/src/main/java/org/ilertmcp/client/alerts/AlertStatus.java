package org.ilertmcp.client.alerts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The states of an alert. Models keep ilert's value as a string so a new state never breaks
 * parsing; this enum names the known ones for queries and comparisons.
 */
public enum AlertStatus {
  PENDING,
  ACCEPTED,
  RESOLVED;

  /** The states of an alert that still needs someone. */
  public static final List<AlertStatus> OPEN = List.of(PENDING, ACCEPTED);

  /** Whether ilert's value {@code wire} names this state. */
  public boolean is(String wire) {
    return name().equalsIgnoreCase(wire);
  }

  /** The known state ilert's value names, if any. */
  public static Optional<AlertStatus> of(String wire) {
    if (wire == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(wire.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** ilert's values for these states, in order. */
  public static List<String> wire(List<AlertStatus> states) {
    return states.stream().map(AlertStatus::name).toList();
  }
}
