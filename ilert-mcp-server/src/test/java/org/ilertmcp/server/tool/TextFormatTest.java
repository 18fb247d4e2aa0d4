package org.ilertmcp.server.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.TextFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The result budget (8,000 tokens in the sandbox) covers the whole result, text block and
 * structured content together, in both text formats; the compact text lets more alerts fit.
 */
class TextFormatTest {
  private static final int BUDGET = 8000;
  private static final String HUNDRED_ALERTS =
      "{\"states\":[\"PENDING\",\"ACCEPTED\",\"RESOLVED\"],\"limit\":100}";

  private record Measured(int tokens, int alerts, String text, JsonNode structured) {}

  @Test
  void listAlertsOfAHundredFitsTheBudgetInBothFormatsAndCompactFitsMore() {
    Measured json = measure(TextFormat.JSON);
    Measured compact = measure(TextFormat.COMPACT);
    System.out.printf(
        "list_alerts 100 alerts: json %d tokens, %d alerts returned; compact %d tokens, %d alerts"
            + " returned (budget %d for text and structured content together)%n",
        json.tokens(), json.alerts(), compact.tokens(), compact.alerts(), BUDGET);
    assertThat(json.tokens()).isLessThanOrEqualTo(BUDGET);
    assertThat(compact.tokens()).isLessThanOrEqualTo(BUDGET);
    assertThat(compact.alerts()).isGreaterThan(json.alerts());
    // JSON: the text block is the structured content; it says what was cut and how to page
    assertThat(json.text()).startsWith("{").contains("\"truncated\"").contains("next_cursor");
    // compact: the keys once, in a table header, and the same facts as the structured content
    assertThat(compact.text()).doesNotContain("\"id\":").contains("id | summary | status");
    long first = compact.structured().path("alerts").path(0).path("id").asLong();
    assertThat(compact.text()).contains(first + " | ");
    assertThat(compact.text()).contains("next_cursor: ").doesNotContain("text cut");
  }

  private static Measured measure(TextFormat format) {
    try (Sandbox sandbox = Sandbox.withTextFormat(format)) {
      Sandbox.ToolCall call = sandbox.result(Sandbox.USER, "list_alerts", HUNDRED_ALERTS);
      assertThat(call.isError()).isFalse();
      int tokens =
          Output.tokens(call.structured())
              + call.text().getBytes(StandardCharsets.UTF_8).length / 4;
      return new Measured(
          tokens, call.structured().path("alerts").size(), call.text(), call.structured());
    }
  }
}
