package org.ilertmcp.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.testing.SseStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Session mode over HTTP: a client subscribes to an alert and receives {@code
 * notifications/resources/updated} on its GET stream after the alert is accepted through another
 * session.
 */
class SubscriptionOverHttpTest {
  private static final String WATCHER = "Bearer demo-user-key";
  private static final String ACTOR = "Bearer demo-admin-key";

  @Test
  void acceptedAlertIsNotifiedOnTheGetStream() throws Exception {
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(
            ToolSelection.defaults(),
            8000,
            Duration.ofSeconds(20),
            Duration.ofSeconds(1),
            IlertMcpServer.ServerSettings.DEFAULT_ANALYSIS_TIMEOUT);
    try (SandboxMode sandbox =
        SandboxMode.start(settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0)) {
      AlertSnapshot alert =
          sandbox.emulator().state().alerts().stream()
              .filter(a -> a.status().equals("PENDING") && a.policyId() == 401)
              .findFirst()
              .orElseThrow();
      String uri = "ilert://alerts/" + alert.id();
      RawHttp http = new RawHttp(sandbox.http().url());

      String session = http.initialize(Map.of("Authorization", WATCHER));
      assertThat(session).isNotBlank();
      Map<String, String> headers =
          Map.of(
              "Authorization", WATCHER,
              "Mcp-Session-Id", session,
              "MCP-Protocol-Version", "2025-11-25");

      SseStream stream = SseStream.open(sandbox.http().url(), headers);

      HttpResponse<String> subscribed =
          http.post(
              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/subscribe\","
                  + "\"params\":{\"uri\":\""
                  + uri
                  + "\"}}",
              headers);
      assertThat(subscribed.statusCode()).isEqualTo(200);
      assertThat(RawHttp.message(subscribed).has("result")).as(subscribed.body()).isTrue();

      String other = http.initialize(Map.of("Authorization", ACTOR));
      assertThat(other).isNotEqualTo(session);
      HttpResponse<String> accepted =
          http.post(
              "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                  + "\"accept_alert\",\"arguments\":{\"alert_id\":\""
                  + alert.id()
                  + "\"}}}",
              Map.of(
                  "Authorization", ACTOR,
                  "Mcp-Session-Id", other,
                  "MCP-Protocol-Version", "2025-11-25"));
      JsonNode acceptResult = RawHttp.message(accepted);
      assertThat(acceptResult.path("result").path("isError").asBoolean(false))
          .as(accepted.body())
          .isFalse();
      assertThat(sandbox.emulator().state().alert(alert.id()).orElseThrow().status())
          .isEqualTo("ACCEPTED");

      JsonNode update = stream.nextMessage(Duration.ofSeconds(15));
      assertThat(update).as("notifications/resources/updated within 15 s").isNotNull();
      assertThat(update.path("method").asString()).isEqualTo("notifications/resources/updated");
      assertThat(update.path("params").path("uri").asString()).isEqualTo(uri);
      assertThat(update.has("id")).isFalse();

      http.send("DELETE", null, headers);
      stream.close();
    }
  }
}
