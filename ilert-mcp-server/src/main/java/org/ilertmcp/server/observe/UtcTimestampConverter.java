package org.ilertmcp.server.observe;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A text line's time, {@code 2026-05-04T12:34:56.789Z} (UTC, milliseconds): what {@code
 * %d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC}} writes, with the date and time formatted once per second
 * instead of once per line; the milliseconds are appended as digits. Logback's own date converter
 * reuses its text only within the same millisecond, so a server logging every tool call formatted
 * nearly every line's time afresh.
 */
final class UtcTimestampConverter extends ClassicConverter {
  /** The conversion word of the text pattern. */
  static final String WORD = "utc";

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** The last second formatted: one immutable pair, so threads never see one without the other. */
  private record Second(long epochSecond, String text) {}

  private volatile Second last = new Second(Long.MIN_VALUE, "");

  @Override
  public String convert(ILoggingEvent event) {
    return format(event.getTimeStamp());
  }

  String format(long epochMillis) {
    long epochSecond = Math.floorDiv(epochMillis, 1000);
    Second second = last;
    if (second.epochSecond() != epochSecond) {
      second = new Second(epochSecond, SECONDS.format(Instant.ofEpochSecond(epochSecond)));
      last = second;
    }
    int millis = Math.floorMod(epochMillis, 1000);
    return new StringBuilder(second.text().length() + 5)
        .append(second.text())
        .append('.')
        .append((char) ('0' + millis / 100))
        .append((char) ('0' + millis / 10 % 10))
        .append((char) ('0' + millis % 10))
        .append('Z')
        .toString();
  }
}
