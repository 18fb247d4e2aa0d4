package org.ilertmcp.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Subscriptions in-process: a server with a 1 s poll interval over the sandbox's emulator, sessions
 * whose notifications land in a queue.
 */
class ResourceWatcherTest {
  private static final AtomicLong IDS = new AtomicLong();
  private static Sandbox sandbox;
  private static IlertMcpServer server;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    IlertClient client =
        IlertClient.builder()
            .baseUrl(sandbox.emulator().baseUrl())
            .requestsPerMinute(0)
            .retry(Sandbox.RETRY_WITHOUT_WAITING)
            .build();
    server =
        IlertMcpServer.create(
            new IlertMcpServer.ServerSettings(
                new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.ADMIN),
                8000,
                Duration.ofSeconds(20),
                Duration.ofSeconds(1),
                IlertMcpServer.ServerSettings.DEFAULT_ANALYSIS_TIMEOUT),
            client,
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private record Client(McpSession session, String key, BlockingQueue<ObjectNode> inbox) {
    static Client open(String key) {
      McpSession session =
          new McpSession(
              "test-" + IDS.incrementAndGet(),
              McpSession.hash(Optional.of("Bearer " + key)),
              ProtocolVersions.V2025_11_25);
      BlockingQueue<ObjectNode> inbox = new LinkedBlockingQueue<>();
      session.notifier(inbox::add);
      server.mcp().sessionOpened(session);
      return new Client(session, key, inbox);
    }

    JsonNode request(String method, String uri) {
      ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", IDS.incrementAndGet());
      request.put("method", method);
      request.set("params", Json.object().put("uri", uri));
      return server
          .mcp()
          .handleRequest(request, Inbound.of(session, Optional.of("Bearer " + key), Outbound.NONE));
    }

    /** The next resources/updated notification within {@code timeout}, or null. */
    String nextUpdate(Duration timeout) throws InterruptedException {
      ObjectNode message = inbox.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (message == null) {
        return null;
      }
      assertThat(message.path("method").asString()).isEqualTo("notifications/resources/updated");
      return message.path("params").path("uri").asString();
    }
  }

  private static AlertSnapshot openAlert(String key) {
    return sandbox.emulator().state().alertsWithKey(key).stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void changeIsNotifiedAndUnsubscribeStopsIt() throws Exception {
    long id = openAlert("checkout-5xx").id();
    String uri = "ilert://alerts/" + id;
    Client watcher = Client.open(Sandbox.USER);
    assertThat(watcher.request("resources/subscribe", uri).has("result")).isTrue();

    assertThat(watcher.nextUpdate(Duration.ofMillis(2500))).as("no change, no update").isNull();

    Sandbox.ToolCall accepted =
        sandbox.result(Sandbox.ADMIN, "accept_alert", "{\"alert_id\":\"" + id + "\"}");
    assertThat(accepted.isError()).as(accepted.text()).isFalse();
    assertThat(watcher.nextUpdate(Duration.ofSeconds(10))).isEqualTo(uri);
    assertThat(watcher.nextUpdate(Duration.ofMillis(2500))).as("one update per change").isNull();

    assertThat(watcher.request("resources/unsubscribe", uri).has("result")).isTrue();
    sandbox.result(Sandbox.ADMIN, "resolve_alert", "{\"alert_id\":\"" + id + "\"}");
    assertThat(watcher.nextUpdate(Duration.ofMillis(2500))).as("after unsubscribe").isNull();
    server.mcp().sessionClosed(watcher.session());
  }

  @Test
  void openAlertsListChangesWhenAnAlertIsCreated() throws Exception {
    Client watcher = Client.open(Sandbox.STAKEHOLDER);
    Client admin = Client.open(Sandbox.ADMIN);
    assertThat(admin.request("resources/subscribe", "ilert://alerts/open").has("result")).isTrue();
    sandbox.result(
        Sandbox.ADMIN, "create_alert", "{\"summary\":\"Watcher test\",\"alert_source\":\"501\"}");
    assertThat(admin.nextUpdate(Duration.ofSeconds(10))).isEqualTo("ilert://alerts/open");
    assertThat(watcher.inbox()).isEmpty();
    server.mcp().sessionClosed(admin.session());
    server.mcp().sessionClosed(watcher.session());
  }

  @Test
  void atMostTwentyFiveSubscriptionsPerKeyFreedWhenTheSessionEnds() {
    Client first = Client.open(Sandbox.RESPONDER);
    for (int i = 0; i < ResourceWatcher.MAX_PER_KEY; i++) {
      JsonNode ok = first.request("resources/subscribe", "ilert://alerts/" + (900_000 + i));
      assertThat(ok.has("result")).as(ok.toString()).isTrue();
    }
    // Another session of the same key shares the limit.
    Client second = Client.open(Sandbox.RESPONDER);
    JsonNode refused = second.request("resources/subscribe", "ilert://incidents/703");
    assertThat(refused.path("error").path("code").asInt()).isEqualTo(-32003);
    assertThat(refused.path("error").path("message").asString())
        .isEqualTo("At most 25 resource subscriptions per API key; unsubscribe from one first.");
    // Another key is not affected.
    Client other = Client.open(Sandbox.USER);
    assertThat(other.request("resources/subscribe", "ilert://incidents/703").has("result"))
        .isTrue();

    server.mcp().sessionClosed(first.session());
    assertThat(second.request("resources/subscribe", "ilert://incidents/702").has("result"))
        .isTrue();
    server.mcp().sessionClosed(second.session());
    server.mcp().sessionClosed(other.session());
  }
}
