package org.ilertmcp.server.tools.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.domain.LogEntry;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommentOnAlertToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<LogEntry> comments(long id) {
    return sandbox.emulator().state().logEntries(id).stream()
        .filter(e -> e.logEntryType().equals("AlertCommentAddedLogEntry"))
        .toList();
  }

  @Test
  void addsTheCommentThroughTheEventsApiWithoutRevealingTheIntegrationKey() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "comment_on_alert",
            AlertFixtures.args(id, "comment", "Rolled back deploy 42"));
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("status").asString()).isEqualTo("queued");
    assertThat(call.structured().path("author").asString()).isEqualTo("Ben Carter");
    assertThat(comments(id)).hasSize(1);
    assertThat(comments(id).get(0).text()).contains("Rolled back deploy 42");
    // Source 501's integration key is demo-src-prometheus-production.
    assertThat(call.result().toString()).doesNotContain("demo-src-");
  }

  @Test
  void aKeyThatCannotReadTheIntegrationKeyIsToldWhy() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER, "comment_on_alert", AlertFixtures.args(id, "comment", "hi"));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("integration key").doesNotContain("demo-src-");
    assertThat(comments(id)).isEmpty();
  }

  @Test
  void resolvedAlertsAndAlertsWithoutKeyCannotBeCommented() {
    AlertSnapshot resolved = AlertFixtures.resolved(sandbox);
    Sandbox.ToolCall closed =
        sandbox.result(
            Sandbox.ADMIN, "comment_on_alert", AlertFixtures.args(resolved.id(), "comment", "x"));
    assertThat(closed.text()).contains("is resolved");
    assertThat(comments(resolved.id())).isEmpty();
    long manual =
        sandbox
            .result(
                Sandbox.ADMIN,
                "create_alert",
                "{\"summary\":\"Customer reports errors\",\"alert_source\":\"501\"}")
            .structured()
            .path("alert")
            .path("id")
            .asLong();
    Sandbox.ToolCall keyless =
        sandbox.result(
            Sandbox.ADMIN, "comment_on_alert", AlertFixtures.args(manual, "comment", "x"));
    assertThat(keyless.isError()).isTrue();
    assertThat(keyless.text()).contains("no alert_key");
    assertThat(comments(manual)).isEmpty();
  }

  @Test
  void rateLimitedEventsAreReportedAndNotApplied() {
    long id = AlertFixtures.open(sandbox, AlertFixtures.CHECKOUT).id();
    AlertFixtures.rateLimit(sandbox, "POST", "/api/events");
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "comment_on_alert", AlertFixtures.args(id, "comment", "x"));
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("rate limiting").contains("not applied");
    assertThat(comments(id)).isEmpty();
  }
}
