package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListAlertsToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<Long> ids(JsonNode alerts) {
    List<Long> ids = new ArrayList<>();
    alerts.forEach(a -> ids.add(a.path("id").asLong()));
    return ids;
  }

  @Test
  void listsOpenAlertsByDefault() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"limit\":100}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode alerts = call.structured().path("alerts");
    assertThat(alerts.size()).isPositive();
    alerts.forEach(a -> assertThat(a.path("status").asString()).isIn("PENDING", "ACCEPTED"));
    long open =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .count();
    assertThat((long) alerts.size()).isEqualTo(Math.min(open, 100));
  }

  @Test
  void filtersByPriorityAndTextOnTheClientSide() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "list_alerts",
            "{\"states\":[\"PENDING\",\"ACCEPTED\",\"RESOLVED\"],\"priority\":\"HIGH\",\"limit\":50}");
    JsonNode alerts = call.structured().path("alerts");
    assertThat(alerts.size()).isPositive();
    alerts.forEach(a -> assertThat(a.path("priority").asString()).isEqualTo("HIGH"));
    String word = alerts.get(0).path("summary").asString().split(" ")[0];
    Sandbox.ToolCall byText =
        sandbox.result(
            Sandbox.RESPONDER,
            "list_alerts",
            "{\"states\":[\"RESOLVED\"],\"text\":\"" + word.toLowerCase() + "\",\"limit\":10}");
    byText
        .structured()
        .path("alerts")
        .forEach(
            a ->
                assertThat(a.path("summary").asString().toLowerCase())
                    .contains(word.toLowerCase()));
  }

  @Test
  void cursorWalksThroughAllResolvedAlertsWithoutRepeats() {
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 100; page++) {
      String args =
          "{\"states\":[\"RESOLVED\"],\"limit\":100"
              + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"")
              + "}";
      JsonNode result = sandbox.result(Sandbox.ADMIN, "list_alerts", args).structured();
      seen.addAll(ids(result.path("alerts")));
      if (!result.has("next_cursor")) {
        break;
      }
      cursor = result.path("next_cursor").asString();
    }
    List<Long> expected =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> a.status().equals("RESOLVED"))
            .sorted(Comparator.comparing(AlertSnapshot::id))
            .map(AlertSnapshot::id)
            .toList();
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void resolvesSourceNamesAndRejectsNaiveTimestamps() {
    JsonNode first =
        sandbox
            .result(Sandbox.ADMIN, "list_alerts", "{\"limit\":1,\"states\":[\"RESOLVED\"]}")
            .structured()
            .path("alerts")
            .get(0);
    String sourceName = first.path("alert_source").path("name").asString();
    JsonNode bySource =
        sandbox
            .result(
                Sandbox.ADMIN,
                "list_alerts",
                "{\"states\":[\"RESOLVED\"],\"alert_sources\":[\""
                    + sourceName
                    + "\"],\"limit\":20}")
            .structured()
            .path("alerts");
    bySource.forEach(
        a -> assertThat(a.path("alert_source").path("name").asString()).isEqualTo(sourceName));
    Sandbox.ToolCall naive =
        sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"from\":\"2026-01-01T10:00\"}");
    assertThat(naive.isError()).isTrue();
    assertThat(naive.text()).contains("no time zone").contains("Z");
  }

  @Test
  void badCursorAndUnknownSourceAreActionableErrors() {
    Sandbox.ToolCall badCursor =
        sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"zzz\"}");
    assertThat(badCursor.isError()).isTrue();
    assertThat(badCursor.text()).contains("next_cursor");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"alert_sources\":[\"no such source\"]}");
    assertThat(unknown.isError()).isTrue();
    assertThat(unknown.text()).contains("No alert source named");
  }
}
