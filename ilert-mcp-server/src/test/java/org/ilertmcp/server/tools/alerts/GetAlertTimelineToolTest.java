package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetAlertTimelineToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.emulator().faults().clear();
  }

  private static long checkout() {
    return AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
  }

  @Test
  void returnsTheWholeTimelineInOrder() {
    long id = checkout();
    List<LogEntry> expected = sandbox.emulator().state().logEntries(id);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER, "get_alert_timeline", "{\"alert_id\":\"" + id + "\",\"limit\":100}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode entries = call.structured().path("entries");
    assertThat(entries).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(entries.get(i).path("id").asLong()).isEqualTo(expected.get(i).id());
      assertThat(entries.get(i).path("type").asString()).isEqualTo(expected.get(i).logEntryType());
      assertThat(entries.get(i).path("text").asString()).isEqualTo(expected.get(i).text());
      assertThat(entries.get(i).path("time").asString()).endsWith("Z");
    }
    assertThat(call.structured().has("next_cursor")).isFalse();
  }

  @Test
  void filtersByTypeAndPagesWithACursor() {
    long id = checkout();
    List<Long> expected =
        sandbox.emulator().state().logEntries(id).stream()
            .filter(e -> e.filterTypes().contains("NOTIFICATIONS"))
            .map(LogEntry::id)
            .toList();
    assertThat(expected).hasSizeGreaterThan(2);
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 20; page++) {
      String args =
          "{\"alert_id\":\""
              + id
              + "\",\"types\":[\"NOTIFICATIONS\"],\"limit\":2"
              + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"")
              + "}";
      JsonNode result = sandbox.result(Sandbox.ADMIN, "get_alert_timeline", args).structured();
      result.path("entries").forEach(e -> seen.add(e.path("id").asLong()));
      if (!result.has("next_cursor")) {
        break;
      }
      cursor = result.path("next_cursor").asString();
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void unknownAlertAndRateLimitAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_alert_timeline", AlertFixtures.args(999_999_999L));
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    long id = checkout();
    AlertFixtures.rateLimit(sandbox, "GET", "/api/alerts/" + id + "/log-entries");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_alert_timeline", AlertFixtures.args(id));
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
