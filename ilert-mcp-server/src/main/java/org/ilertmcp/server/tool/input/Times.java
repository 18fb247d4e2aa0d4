package org.ilertmcp.server.tool.input;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time arguments in the forms people say them: ISO-8601 with {@code Z} or an offset; a local time
 * with an IANA zone as an RFC 9557 suffix ({@code 2026-12-12T03:00[Europe/Berlin]}) or in the
 * call's {@code timezone} argument; {@code now}; {@code today}, {@code yesterday}, {@code tomorrow}
 * and a plain date (midnight in that zone, UTC without one); a relative form before now ({@code
 * 30m}, {@code 24h}, {@code 7d}, {@code -2h}, {@code 2h ago}, {@code last 24 hours}, {@code an hour
 * ago}) or ahead ({@code +2h}, {@code in 2h}); {@code now-2h} or {@code now+2h}; and Unix epoch
 * seconds or milliseconds (10 or 13 digits). A timestamp without any zone is refused with the
 * fixes.
 */
public final class Times {
  private static final String UNITS =
      "s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks";
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:(now)\\s*)?([+-])?\\s*(?:(in)\\s+|(last|past)\\s+)?(\\d{1,5}|an?(?=\\s))\\s*("
              + UNITS
              + ")(\\s+ago)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCAL =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
  private static final Pattern BRACKETED = Pattern.compile("(.+)\\[([^\\]]+)\\]");

  /** Unix epoch seconds (10 digits: 2001 to 2286) or milliseconds (13 digits, the same years). */
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private Times() {}

  /** Whether {@code value} is Unix epoch seconds or milliseconds as this class reads them. */
  static boolean isEpoch(String value) {
    return EPOCH.matcher(value).matches();
  }

  /** {@code value} read at {@code clock}'s now, local times without a zone refused. */
  public static Instant parse(String name, String value, Clock clock) {
    return parse(name, value, clock, Optional.empty());
  }

  /** {@code value} read at {@code clock}'s now; a local time is read in {@code zone} if given. */
  public static Instant parse(String name, String value, Clock clock, Optional<ZoneId> zone) {
    String v = value.trim();
    String lower = v.toLowerCase(Locale.ROOT);
    ZoneId in = zone.orElse(ZoneOffset.UTC);
    Instant now = clock.instant();
    switch (lower) {
      case "now":
        return now;
      case "today":
        return LocalDate.ofInstant(now, in).atStartOfDay(in).toInstant();
      case "yesterday":
        return LocalDate.ofInstant(now, in).minusDays(1).atStartOfDay(in).toInstant();
      case "tomorrow":
        return LocalDate.ofInstant(now, in).plusDays(1).atStartOfDay(in).toInstant();
      default:
        break;
    }
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      return v.length() == 10 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
    }
    Matcher m = RELATIVE.matcher(v);
    if (m.matches()) {
      return relative(name, v, m, now);
    }
    Matcher b = BRACKETED.matcher(v);
    if (b.matches()) {
      return bracketed(name, b.group(1).trim(), b.group(2).trim());
    }
    try {
      return OffsetDateTime.parse(v.replace(' ', 'T')).toInstant();
    } catch (DateTimeException e) {
      // other forms below
    }
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date(name, v).atStartOfDay(in).toInstant();
    }
    if (LOCAL.matcher(v).matches()) {
      if (zone.isPresent()) {
        return local(name, v).atZone(zone.get()).toInstant();
      }
      throw new ToolInputException(zoneless(name, v));
    }
    throw new ToolInputException(
        "`"
            + name
            + "` '"
            + Param.shown(v)
            + "' is not a time; use ISO-8601 with Z or an offset (2026-05-01T08:00:00Z), 'now',"
            + " 'today', a date, 2h (ago), +2h or 'in 2h' (ahead), now-2h, or epoch seconds.");
  }

  private static Instant relative(String name, String v, Matcher m, Instant now) {
    boolean ahead = "+".equals(m.group(2)) || m.group(3) != null;
    boolean back = "-".equals(m.group(2)) || m.group(4) != null || m.group(7) != null;
    if (ahead && back) {
      throw new ToolInputException(
          "`" + name + "` '" + v + "' points both ahead and back; write +2h or 2h ago.");
    }
    if (m.group(1) != null && m.group(2) == null) {
      throw new ToolInputException(
          "`" + name + "` '" + v + "' needs a sign after now: now-2h or now+2h.");
    }
    String amount = m.group(5);
    long n = Character.isDigit(amount.charAt(0)) ? Long.parseLong(amount) : 1;
    Duration d = duration(n, m.group(6).toLowerCase(Locale.ROOT));
    return ahead ? now.plus(d) : now.minus(d);
  }

  private static Instant bracketed(String name, String time, String zoneName) {
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      throw new ToolInputException(
          "`"
              + name
              + "` names the zone '"
              + Param.shown(zoneName)
              + "', which is not an IANA time zone; use a name like Europe/Berlin.");
    }
    try {
      OffsetDateTime withOffset = OffsetDateTime.parse(time.replace(' ', 'T'));
      return withOffset.toInstant();
    } catch (DateTimeException e) {
      // a local time, read in the zone
    }
    if (time.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date(name, time).atStartOfDay(zone).toInstant();
    }
    return local(name, time).atZone(zone).toInstant();
  }

  private static LocalDate date(String name, String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      throw new ToolInputException("`" + name + "` '" + v + "' is not a calendar date.");
    }
  }

  private static LocalDateTime local(String name, String v) {
    try {
      return LocalDateTime.parse(v.replace(' ', 'T'));
    } catch (DateTimeException e) {
      throw new ToolInputException(
          "`" + name + "` '" + Param.shown(v) + "' is not a valid date and time.");
    }
  }

  private static String zoneless(String name, String v) {
    String t = v.replace(' ', 'T');
    return "`"
        + name
        + "` '"
        + v
        + "' has no time zone: add Z if it is UTC ("
        + t
        + "Z) or an offset ("
        + t
        + "+02:00), or name the zone as "
        + t
        + "[Europe/Berlin] or with the timezone argument where the tool has one. Note that"
        + " an unsigned relative time like 2h means 2 hours ago; +2h or 'in 2h' is ahead.";
  }

  private static Duration duration(long amount, String unit) {
    return switch (unit.charAt(0)) {
      case 's' -> Duration.ofSeconds(amount);
      case 'm' -> Duration.ofMinutes(amount);
      case 'h' -> Duration.ofHours(amount);
      case 'd' -> Duration.ofDays(amount);
      default -> Duration.ofDays(amount * 7);
    };
  }

  /**
   * Refuses a window whose start is not before its end, with a hint about relative forms.
   *
   * @throws ToolInputException when {@code from} is not before {@code until}
   */
  public static void ordered(String fromName, Instant from, String untilName, Instant until) {
    if (from != null && until != null && !from.isBefore(until)) {
      throw new ToolInputException(
          fromName
              + " must be before "
              + untilName
              + " (got "
              + iso(from)
              + " and "
              + iso(until)
              + "); an unsigned relative time like 8h means 8 hours ago, +8h or 'in 8h' is"
              + " ahead.");
    }
  }

  /** ISO-8601 UTC, or null. */
  public static String iso(Instant instant) {
    // Millisecond precision at most: what ilert stores, and fewer tokens than nanoseconds.
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
