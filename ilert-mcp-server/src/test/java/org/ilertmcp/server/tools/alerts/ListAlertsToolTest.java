package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.ilertmcp.client.alerts.AlertsApi;
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
  void asksIlertForThePageItShowsAndMoreOnlyWhenItFiltersItself() {
    sandbox.emulator().requests().clear();
    Sandbox.ToolCall open = sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"limit\":5}");
    assertThat(open.structured().path("alerts").size()).isEqualTo(5);
    assertThat(alertListRequests())
        .as("one page of the limit: ilert filters by state itself")
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .containsPattern("max-results=5(&|$)");

    sandbox.emulator().requests().clear();
    sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"priority\":\"HIGH\",\"limit\":5}");
    assertThat(alertListRequests())
        .as("ilert has no priority filter: pages of ilert's most")
        .isNotEmpty()
        .allSatisfy(
            r -> assertThat(r).containsPattern("max-results=" + AlertsApi.MAX_PAGE + "(&|$)"));
  }

  private static List<String> alertListRequests() {
    return sandbox.emulator().requests().list().stream()
        .filter(r -> r.startsWith("GET /api/alerts?"))
        .toList();
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
  void theCursorAloneWalksEveryPageOfAFilteredList() {
    String filters = "\"states\":\"resolved\",\"priority\":\"low\",\"alert_sources\":[504,505]";
    List<Long> seen = new ArrayList<>();
    JsonNode result =
        sandbox.result(Sandbox.ADMIN, "list_alerts", "{" + filters + ",\"limit\":7}").structured();
    int pages = 1;
    seen.addAll(ids(result.path("alerts")));
    while (result.has("next_cursor") && pages < 200) {
      String cursor = result.path("next_cursor").asString();
      Sandbox.ToolCall next =
          sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"" + cursor + "\"}");
      assertThat(next.isError()).as(next.text()).isFalse();
      result = next.structured();
      seen.addAll(ids(result.path("alerts")));
      pages++;
    }
    List<Long> expected =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> a.status().equals("RESOLVED") && a.priority().equals("LOW"))
            .filter(a -> a.sourceId() == 504 || a.sourceId() == 505)
            .map(AlertSnapshot::id)
            .toList();
    assertThat(expected)
        .as("the demo organisation has several pages of them")
        .hasSizeGreaterThan(14);
    assertThat(pages).isGreaterThan(2);
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aCursorWithOtherFiltersIsRefusedAndOneOfAnotherToolToo() {
    String cursor =
        sandbox
            .result(Sandbox.ADMIN, "list_alerts", "{\"states\":[\"RESOLVED\"],\"limit\":2}")
            .structured()
            .path("next_cursor")
            .asString();
    Sandbox.ToolCall same =
        sandbox.result(
            Sandbox.ADMIN,
            "list_alerts",
            "{\"cursor\":\"" + cursor + "\",\"states\":\"resolved\",\"limit\":5}");
    assertThat(same.isError()).as(same.text()).isFalse();
    assertThat(same.structured().path("alerts").size()).isEqualTo(5);
    Sandbox.ToolCall other =
        sandbox.result(
            Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"" + cursor + "\",\"states\":\"PENDING\"}");
    assertThat(other.isError()).isTrue();
    assertThat(other.text())
        .startsWith("`cursor` continues a list with states [\"RESOLVED\"]")
        .contains("pass the cursor alone");
    Sandbox.ToolCall added =
        sandbox.result(
            Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"" + cursor + "\",\"priority\":\"HIGH\"}");
    assertThat(added.text()).contains("priority none");
    Sandbox.ToolCall elsewhere =
        sandbox.result(Sandbox.ADMIN, "list_users", "{\"cursor\":\"" + cursor + "\"}");
    assertThat(elsewhere.text())
        .isEqualTo("`cursor` belongs to list_alerts; pass it there, or leave it out here.");
    String tampered = cursor.substring(0, cursor.length() - 1) + (cursor.endsWith("a") ? "b" : "a");
    Sandbox.ToolCall bad =
        sandbox.result(Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"" + tampered + "\"}");
    assertThat(bad.text()).startsWith("`cursor` is not valid");
    Sandbox.ToolCall huge =
        sandbox.result(
            Sandbox.ADMIN, "list_alerts", "{\"cursor\":\"c1." + "A".repeat(9000) + ".0\"}");
    assertThat(huge.text()).startsWith("`cursor` is not valid");
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
