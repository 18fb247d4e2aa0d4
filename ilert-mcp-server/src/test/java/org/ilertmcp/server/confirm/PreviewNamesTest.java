package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person confirming a write sees whom and what it touches by name, however the model named them
 * (an id, {@code me}, part of a name): the demo organisation's names, from its own lists.
 */
class PreviewNamesTest {
  private static Sandbox sandbox;
  private static long alert;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    alert =
        sandbox
            .result(Sandbox.ADMIN, "list_alerts", "{\"states\":\"PENDING\",\"limit\":1}")
            .structured()
            .path("alerts")
            .path(0)
            .path("id")
            .asLong();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static String preview(String tool, String arguments) {
    String args = arguments.replace("ALERT", Long.toString(alert));
    Sandbox.ToolCall dry =
        sandbox.result(Sandbox.ADMIN, tool, args.replaceFirst("}$", ",\"dry_run\":true}"));
    assertThat(dry.isError()).as(dry.text()).isFalse();
    return dry.structured().path("preview").path("change").asString();
  }

  @Test
  void alertWritesNameTheirUsersPoliciesAndSchedules() {
    assertThat(preview("assign_alert", "{\"alert_id\":ALERT,\"user\":1002}"))
        .contains("user 'Ben Carter' (id 1002)");
    assertThat(preview("assign_alert", "{\"alert_id\":ALERT,\"user\":\"me\"}"))
        .contains("user 'Amelia Archer' (id 1001)");
    assertThat(preview("assign_alert", "{\"alert_id\":ALERT,\"escalation_policy\":\"403\"}"))
        .contains("escalation policy 'Mobile' (id 403)");
    assertThat(preview("assign_alert", "{\"alert_id\":ALERT,\"schedule\":301}"))
        .contains("schedule 'Platform weekly' (id 301)");
    assertThat(preview("add_alert_responder", "{\"alert_id\":ALERT,\"user\":\"felix\"}"))
        .contains("user 'Felix Wagner' (id 1006)");
    assertThat(preview("remove_alert_responder", "{\"alert_id\":ALERT,\"user\":\"#1010\"}"))
        .contains("user 'Jonas Becker' (id 1010)");
    assertThat(
            preview(
                "create_alert",
                "{\"summary\":\"Disk full\",\"alert_source\":\"505\",\"escalation_policy\":403}"))
        .contains("alert source 'Kubernetes prod cluster' (id 505)")
        .contains("escalation policy 'Mobile' (id 403)");
  }

  @Test
  void scheduleWindowAndSubscriberWritesNameWhatTheyTouch() {
    assertThat(
            preview(
                "create_schedule_override",
                "{\"schedule\":301,\"user\":\"me\",\"start\":\"+1h\",\"end\":\"+2h\"}"))
        .contains("user 'Amelia Archer' (id 1001)");
    assertThat(
            preview(
                "create_maintenance_window",
                "{\"summary\":\"Upgrade\",\"start\":\"+1h\",\"duration_minutes\":30,"
                    + "\"services\":[\"601\",\"Checkout API\"],\"alert_sources\":501}"))
        .contains("alert sources 'Prometheus production' (id 501)")
        .contains("services 'Checkout API' (id 601) show");
    assertThat(
            preview(
                "add_status_update_subscribers",
                "{\"incident_id\":703,\"users\":[\"1002\",\"me\"],\"teams\":201}"))
        .contains("user 'Ben Carter', user 'Amelia Archer', team 'Platform'");
  }
}
