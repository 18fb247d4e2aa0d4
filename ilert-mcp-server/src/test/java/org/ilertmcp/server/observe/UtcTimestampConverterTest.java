package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text line's time reads exactly as the date pattern it replaces would write it. */
class UtcTimestampConverterTest {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  @Test
  void writesWhatThePatternWritesWithinASecondAndAcrossSeconds() {
    UtcTimestampConverter converter = new UtcTimestampConverter();
    long start = Instant.parse("2026-12-31T23:59:58.990Z").toEpochMilli();
    for (long t = start; t < start + 2_100; t += 7) {
      assertThat(converter.format(t)).isEqualTo(PATTERN.format(Instant.ofEpochMilli(t)));
    }
  }

  @Test
  void writesTheMillisecondsOfEachLineEvenWhenTimeGoesBack() {
    UtcTimestampConverter converter = new UtcTimestampConverter();
    long[] times = {
      Instant.parse("2026-05-04T12:34:56.789Z").toEpochMilli(),
      Instant.parse("2026-05-04T12:34:56.001Z").toEpochMilli(),
      Instant.parse("2026-05-04T12:34:55.999Z").toEpochMilli(),
      Instant.parse("2026-05-04T12:34:56.050Z").toEpochMilli(),
      Instant.parse("1969-12-31T23:59:59.250Z").toEpochMilli(),
      0L
    };
    for (long t : times) {
      assertThat(converter.format(t)).isEqualTo(PATTERN.format(Instant.ofEpochMilli(t)));
    }
    assertThat(converter.format(times[0])).isEqualTo("2026-05-04T12:34:56.789Z");
  }
}
