package org.ilertmcp.server.tools.analysis.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSimilarityTest {
  @Test
  void numbersDoNotMakeSummariesDifferent() {
    assertThat(TextSimilarity.of("Disk 91% full on legacy-2", "disk 95% FULL on legacy-7"))
        .isEqualTo(1.0);
  }

  @Test
  void scoresTheShareOfCommonWords() {
    // {high, #xx, rate, on, checkout} vs {high, #xx, rate, on, payments}: 4 common of 6.
    assertThat(TextSimilarity.of("High 5xx rate on checkout", "High 5xx rate on payments"))
        .isCloseTo(4.0 / 6, within(1e-9));
    assertThat(TextSimilarity.of("Push queue backlog", "Login burst")).isZero();
  }

  @Test
  void emptyTextIsSimilarToNothing() {
    assertThat(TextSimilarity.of("", "anything")).isZero();
    assertThat(TextSimilarity.of(null, null)).isZero();
  }
}
