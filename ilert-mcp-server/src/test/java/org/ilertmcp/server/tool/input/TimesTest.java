package org.ilertmcp.server.tool.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The time forms agents write that have one reading, read against a fixed clock. */
class TimesTest {
  private static final Instant NOW = Instant.parse("2026-12-06T22:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static Instant parse(String value) {
    return Times.parse("from", value, CLOCK);
  }

  @Test
  void epochSecondsAndMillisecondsAreReadAsThatInstant() {
    assertThat(parse("1796000000")).isEqualTo(Instant.parse("2026-11-30T00:53:20Z"));
    assertThat(parse("1796000000123")).isEqualTo(Instant.parse("2026-11-30T00:53:20.123Z"));
  }

  @Test
  void numbersOfOtherLengthsAreNotGuessedAt() {
    for (String v : new String[] {"12345", "17960000001", "179600000012345"}) {
      assertThatThrownBy(() -> parse(v))
          .isInstanceOf(ToolInputException.class)
          .hasMessageContaining("is not a time")
          .hasMessageContaining("epoch seconds");
    }
  }

  @Test
  void lastAndPastCountBackLikeAgo() {
    assertThat(parse("last 24 hours")).isEqualTo(NOW.minus(Duration.ofHours(24)));
    assertThat(parse("past 7 days")).isEqualTo(NOW.minus(Duration.ofDays(7)));
  }

  @Test
  void aOrAnStandsForOne() {
    assertThat(parse("an hour ago")).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(parse("a day ago")).isEqualTo(NOW.minus(Duration.ofDays(1)));
    assertThat(parse("in an hour")).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThatThrownBy(() -> parse("am")).hasMessageContaining("is not a time");
  }

  @Test
  void aWindowInTheWrongOrderNamesBothTimesAsResultsShowThem() {
    Instant from = NOW.plusNanos(123_456_789);
    assertThatThrownBy(() -> Times.ordered("from", from, "until", NOW))
        .hasMessageContaining("(got 2026-12-06T22:00:00.123Z and 2026-12-06T22:00:00Z)");
  }

  @Test
  void lastWithAnAheadSignIsRefused() {
    assertThatThrownBy(() -> parse("+last 2h")).hasMessageContaining("points both ahead and back");
  }
}
