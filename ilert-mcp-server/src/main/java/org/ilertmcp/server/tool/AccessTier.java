package org.ilertmcp.server.tool;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, in increasing order. The server's {@code --access} is the ceiling; a
 * request may lower it, never raise it.
 */
public enum AccessTier {
  /** Query only. */
  READ,
  /** Act on alerts: accept, resolve, assign, responders, comments, alert actions. */
  RESPOND,
  /** Incidents, schedule overrides, maintenance windows, deployment events. */
  MANAGE,
  /** Configuration changes and deletes through the generic API tool. */
  ADMIN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean allows(AccessTier needed) {
    return needed.ordinal() <= ordinal();
  }

  public static Optional<AccessTier> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (AccessTier tier : values()) {
      if (tier.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(tier);
      }
    }
    return Optional.empty();
  }

  /** The lower of two tiers. */
  public AccessTier min(AccessTier other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
