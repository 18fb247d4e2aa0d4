package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.Notification;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListAlertNotificationsToolTest {
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

  @Test
  void listsEveryNotificationWithUserMethodAndStatus() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    List<Notification> expected = sandbox.emulator().state().notifications(id);
    assertThat(expected).isNotEmpty();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "list_alert_notifications", AlertFixtures.args(id));
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode items = call.structured().path("notifications");
    assertThat(items).hasSize(expected.size());
    List<String> actual = new ArrayList<>();
    items.forEach(
        n ->
            actual.add(
                n.path("user").path("id").asLong()
                    + "/"
                    + n.path("method").asString()
                    + "/"
                    + n.path("status").asString()));
    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            expected.stream().map(n -> n.userId() + "/" + n.method() + "/" + n.status()).toList());
    assertThat(items.get(0).path("user").path("name").asString()).isNotBlank();
  }

  @Test
  void unknownAlertAndOutageAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "list_alert_notifications", AlertFixtures.args(999_999_999L));
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    AlertFixtures.down(sandbox, "GET", "/api/alerts/" + id + "/notifications");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "list_alert_notifications", AlertFixtures.args(id));
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable").contains("retry");
  }
}
