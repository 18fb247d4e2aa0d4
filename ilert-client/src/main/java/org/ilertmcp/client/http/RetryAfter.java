package org.ilertmcp.client.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the {@code Retry-After} header (RFC 9110 §10.2.3). */
public final class RetryAfter {
  /** Longest wait taken from a server; a larger value is read as this. */
  public static final Duration MAX = Duration.ofMinutes(5);

  private RetryAfter() {}

  /**
   * Parses {@code Retry-After} as delay seconds or an HTTP date, capped at {@link #MAX}.
   *
   * @param headers the response headers
   * @param clock the clock an HTTP date is measured against
   * @return the delay, or null when absent or unreadable
   */
  public static Duration parse(HttpHeaders headers, Clock clock) {
    String value = headers.firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        d = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(MAX) <= 0 ? d : MAX;
  }
}
