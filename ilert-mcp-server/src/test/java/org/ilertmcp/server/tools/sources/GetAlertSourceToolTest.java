package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetAlertSourceToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void getsASourceByNameWithItsRoutingAndWithoutItsKey() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.ADMIN, "get_alert_source", "{\"alert_source\":\"support inbox\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode s = call.structured().path("alert_source");
    assertThat(s.path("id").asLong()).isEqualTo(508);
    assertThat(s.path("type").asString()).isEqualTo("EMAIL2");
    assertThat(s.path("alert_creation").asString()).isEqualTo("ONE_ALERT_PER_EMAIL_SUBJECT");
    assertThat(s.path("alert_priority_rule").asString()).isEqualTo("LOW");
    assertThat(s.path("escalation_policy").path("id").asLong()).isEqualTo(402);
    assertThat(s.path("teams").get(0).path("id").asLong()).isEqualTo(202);
    assertThat(call.text()).doesNotContain("demo-src-support-inbox").doesNotContain("http");
  }

  @Test
  void unknownIdAndHiddenSourceAreNotFound() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_alert_source", "{\"alert_source\":\"999999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall hidden =
        sandbox.result(Sandbox.RESPONDER, "get_alert_source", "{\"alert_source\":\"507\"}");
    assertThat(hidden.isError()).isTrue();
    assertThat(hidden.text()).startsWith("Not found");
    Sandbox.ToolCall admin =
        sandbox.result(Sandbox.ADMIN, "get_alert_source", "{\"alert_source\":\"507\"}");
    assertThat(admin.structured().path("alert_source").path("name").asString())
        .isEqualTo("Security SIEM");
  }

  @Test
  void unknownAndAmbiguousNamesAreActionable() {
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "get_alert_source", "{\"alert_source\":\"no such thing\"}");
    assertThat(unknown.isError()).isTrue();
    assertThat(unknown.text()).contains("No alert source named");
    Sandbox.ToolCall ambiguous =
        sandbox.result(Sandbox.ADMIN, "get_alert_source", "{\"alert_source\":\"p\"}");
    assertThat(ambiguous.isError()).isTrue();
    assertThat(ambiguous.text()).contains("matches several").contains("(id 50");
  }
}
