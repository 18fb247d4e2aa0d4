package org.ilertmcp.server.tool.input;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time arguments: ISO-8601 with an offset or {@code Z}, {@code now}, or a relative form before now
 * ({@code 30m}, {@code 24h}, {@code 7d}). A timestamp without a zone is refused with a fix.
 */
public final class Times {
  private static final Pattern RELATIVE = Pattern.compile("(\\d{1,5})([smhdw])");

  private Times() {}

  public static Instant parse(String name, String value, Clock clock) {
    String v = value.trim();
    if (v.equalsIgnoreCase("now")) {
      return clock.instant();
    }
    Matcher m = RELATIVE.matcher(v);
    if (m.matches()) {
      return clock.instant().minus(duration(Long.parseLong(m.group(1)), m.group(2)));
    }
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
        throw new ToolInputException(
            name
                + " '"
                + v
                + "' has no time zone; add Z for UTC (e.g. "
                + v
                + "Z) or an offset such as +02:00, or use a relative time like 24h.");
      }
      throw new ToolInputException(
          name
              + " '"
              + v
              + "' is not a time; use ISO-8601 with a zone (2026-05-01T08:00:00Z), 'now', or a"
              + " relative time before now like 30m, 24h or 7d.");
    }
  }

  private static Duration duration(long amount, String unit) {
    return switch (unit) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> Duration.ofDays(amount * 7);
    };
  }

  /** ISO-8601 UTC, or null. */
  public static String iso(Instant instant) {
    // Millisecond precision at most: what ilert stores, and fewer tokens than nanoseconds.
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
