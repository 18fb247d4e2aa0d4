package org.ilertmcp.client.alerts;

/** The priorities of an alert; models keep ilert's value as a string (see {@link AlertStatus}). */
public enum AlertPriority {
  HIGH,
  LOW;

  /** Whether ilert's value {@code wire} names this priority. */
  public boolean is(String wire) {
    return name().equalsIgnoreCase(wire);
  }
}
