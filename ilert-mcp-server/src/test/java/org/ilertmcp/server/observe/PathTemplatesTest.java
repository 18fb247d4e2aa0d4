package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ilert paths become bounded metric labels. */
class PathTemplatesTest {
  @Test
  void idsBecomePlaceholdersAndLiteralsStay() {
    PathTemplates paths = new PathTemplates();
    assertThat(paths.of("/alerts/1234")).isEqualTo("/alerts/{id}");
    assertThat(paths.of("/alerts/1234/responders/56")).isEqualTo("/alerts/{id}/responders/{id}");
    assertThat(paths.of("/escalation-policies")).isEqualTo("/escalation-policies");
    assertThat(paths.of("/users/current")).isEqualTo("/users/current");
    assertThat(paths.of("/users/ben.carter@demo.invalid")).isEqualTo("/users/{id}");
    assertThat(paths.of("/alert-sources/il1api0A7f2c")).isEqualTo("/alert-sources/{id}");
  }

  @Test
  void theLabelSetIsBoundedWhateverPathsArrive() {
    PathTemplates paths = new PathTemplates();
    for (int i = 0; i < PathTemplates.MAX_TEMPLATES; i++) {
      assertThat(paths.of("/x" + "a".repeat(i % 26 + 1) + "/" + word(i))).isNotEqualTo("other");
    }
    assertThat(paths.of("/alerts/anything")).isEqualTo(PathTemplates.OTHER);
    assertThat(paths.of("/xa/" + word(0)))
        .as("a label seen before stays")
        .isEqualTo("/xa/" + word(0));
  }

  private static String word(int i) {
    StringBuilder w = new StringBuilder();
    for (int n = i; n >= 0; n = n / 26 - 1) {
      w.append((char) ('a' + n % 26));
    }
    return w.toString();
  }
}
