package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.server.dist.ServerProcess;
import org.ilertmcp.server.testing.SseStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Three server processes (the distribution's launcher) behind nginx on loopback, sharing one
 * emulated ilert: stateless round robin, and session mode with affinity by the instance name in the
 * session id. The TypeScript SDK's on-call flow passes through the proxy in both; one instance is
 * stopped mid-run and calls continue on the others. Prints requests per instance.
 */
class ThreeInstancesIT {
  private static final String USER = "Bearer demo-user-key";
  private static final String ADMIN = "Bearer demo-admin-key";
  private static final List<String> NAMES = List.of("i1", "i2", "i3");
  private IlertEmulator emulator;

  /** A fresh demo organisation per test: each flow acts on the first open high-priority alert. */
  @BeforeEach
  void startIlert() {
    emulator = IlertEmulator.builder().port(0).seed(42).demoOrganisation(true).build().start();
  }

  @AfterEach
  void stopIlert() {
    emulator.close();
  }

  @Test
  void statelessRoundRobinServesTheFlowOnEveryInstanceAndSurvivesAStoppedOne(@TempDir Path dir)
      throws Exception {
    NodeTools node = NodeTools.installed();
    Map<String, ServerProcess> servers = startInstances(Map.of("ILERT_STATELESS", "true"));
    try (NginxProxy nginx = NginxProxy.start(dir, ports(servers), false);
        FlowDriver client = new FlowDriver(node, "http", nginx.url("/mcp").toString(), USER)) {
      AtomicReference<Map<String, Integer>> atStop = new AtomicReference<>();
      OnCallFlow.run(
          client,
          emulator.state(),
          () -> {
            Map<String, Integer> served = served(nginx);
            System.out.println("stateless, before stopping i2: requests per instance " + served);
            assertThat(served.values())
                .as("round robin reached every instance")
                .allMatch(n -> n > 0);
            stop(servers.get("i2"));
            atStop.set(served(nginx));
          });
      Map<String, Integer> end = served(nginx);
      System.out.println("stateless, after the flow with i2 stopped: requests per instance " + end);
      assertThat(end.get("i2"))
          .as("nothing reached the stopped instance")
          .isEqualTo(atStop.get().get("i2"));
      assertThat(end.get("i1") + end.get("i3"))
          .as("the rest of the flow ran on the others")
          .isGreaterThan(atStop.get().get("i1") + atStop.get().get("i3"));
      // The flow's calls as the running instances count them.
      StringBuilder excerpt = new StringBuilder();
      for (String name : List.of("i1", "i3")) {
        HttpResponse<String> scrape =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + servers.get(name).port() + "/metrics"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        scrape
            .body()
            .lines()
            .filter(
                l ->
                    l.startsWith("mcp_server_operation_duration_seconds_count")
                        || l.startsWith("http_client_request_duration_seconds_count")
                        || l.startsWith("mcp_server_rejected_requests_total"))
            .forEach(l -> excerpt.append(name).append(": ").append(l).append('\n'));
      }
      System.out.print("stateless, /metrics after the flow:\n" + excerpt);
      assertThat(excerpt.toString())
          .contains("gen_ai_tool_name=\"resolve_alert\"")
          .contains("outcome=\"ok\"")
          .contains("url_template=\"/alerts/{id}");
    } finally {
      servers.values().forEach(ServerProcess::close);
    }
  }

  @Test
  void sessionAffinityKeepsEachSessionOnItsInstanceAndSubscriptionsNotify(@TempDir Path dir)
      throws Exception {
    NodeTools node = NodeTools.installed();
    Map<String, ServerProcess> servers =
        startInstances(Map.of("ILERT_STATELESS", "false", "ILERT_RESOURCE_POLL_SECONDS", "1"));
    try (NginxProxy nginx = NginxProxy.start(dir, ports(servers), true)) {
      URI endpoint = nginx.url("/mcp");
      RawHttp raw = new RawHttp(endpoint);
      // New sessions are spread; each id names the instance that holds it.
      Map<String, String> sessionsByInstance = new HashMap<>();
      for (int i = 0; i < 3; i++) {
        String id = raw.initialize(Map.of("Authorization", USER));
        sessionsByInstance.put(id.substring(0, id.indexOf('.')), id);
      }
      assertThat(sessionsByInstance.keySet()).containsExactlyInAnyOrderElementsOf(NAMES);

      // A subscription notifies through the proxy while another session, wherever it lives,
      // changes the alert.
      AlertSnapshot watched =
          emulator.state().alerts().stream()
              .filter(a -> a.status().equals("PENDING") && a.policyId() == 401)
              .findFirst()
              .orElseThrow();
      String watcher = raw.initialize(Map.of("Authorization", USER));
      Map<String, String> watching = session(USER, watcher);
      try (SseStream stream = SseStream.open(endpoint, watching)) {
        HttpResponse<String> subscribed =
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/subscribe\",\"params\":"
                    + "{\"uri\":\"ilert://alerts/"
                    + watched.id()
                    + "\"}}",
                watching);
        assertThat(RawHttp.message(subscribed).has("result")).as(subscribed.body()).isTrue();
        String actor = raw.initialize(Map.of("Authorization", ADMIN));
        JsonNode accepted =
            RawHttp.message(
                raw.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                        + "\"accept_alert\",\"arguments\":{\"alert_id\":\""
                        + watched.id()
                        + "\"}}}",
                    session(ADMIN, actor)));
        assertThat(accepted.path("result").path("isError").asBoolean())
            .as("%s", accepted)
            .isFalse();
        JsonNode update = stream.nextMessage(Duration.ofSeconds(20));
        assertThat(update).as("notifications/resources/updated within 20 s").isNotNull();
        assertThat(update.path("method").asString()).isEqualTo("notifications/resources/updated");
        System.out.printf(
            "session: watcher on %s notified of alert %d accepted by a session on %s%n",
            prefix(watcher), watched.id(), prefix(actor));
      }

      // The TypeScript SDK's flow through the proxy.
      try (FlowDriver client = new FlowDriver(node, "http", endpoint.toString(), USER)) {
        OnCallFlow.run(client, emulator.state(), () -> {});
      }
      System.out.println("session, after the flow: requests per instance " + served(nginx));

      // One instance stops: new sessions and their calls continue on the others; a session it
      // held is answered 404, the signal to start a new one.
      String stopped =
          NAMES.stream().filter(n -> !n.equals(prefix(watcher))).findFirst().orElseThrow();
      stop(servers.get(stopped));
      for (int i = 0; i < 3; i++) {
        String id = raw.initialize(Map.of("Authorization", USER));
        assertThat(prefix(id)).isNotEqualTo(stopped);
        JsonNode pong =
            RawHttp.message(
                raw.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\"}", session(USER, id)));
        assertThat(pong.has("result")).as("%s", pong).isTrue();
      }
      HttpResponse<String> gone =
          raw.post(
              "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\"}",
              session(USER, sessionsByInstance.get(stopped)));
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(gone.body()).contains("initialize a new session");
      System.out.println(
          "session, with " + stopped + " stopped: requests per instance " + served(nginx));
    } finally {
      servers.values().forEach(ServerProcess::close);
    }
  }

  private Map<String, ServerProcess> startInstances(Map<String, String> mode) throws Exception {
    Map<String, ServerProcess> servers = new LinkedHashMap<>();
    try {
      for (String name : NAMES) {
        Map<String, String> env = new HashMap<>(mode);
        env.put("ILERT_API_URL", emulator.baseUrl());
        env.put("ILERT_HOST", "127.0.0.1");
        env.put("ILERT_PORT", "0");
        env.put("ILERT_LOG_LEVEL", "warn");
        env.put("ILERT_CONFIRM", "none");
        if ("false".equals(mode.get("ILERT_STATELESS"))) {
          env.put("ILERT_SESSION_ROUTE", name);
        }
        servers.put(name, ServerProcess.start(env, "http"));
      }
      servers.values().forEach(ServerProcess::url);
      return servers;
    } catch (RuntimeException | Error e) {
      servers.values().forEach(ServerProcess::close);
      throw e;
    }
  }

  private static Map<String, Integer> ports(Map<String, ServerProcess> servers) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    servers.forEach((name, server) -> ports.put(name, server.port()));
    return ports;
  }

  private static Map<String, Integer> served(NginxProxy nginx) {
    try {
      return nginx.servedPerInstance();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void stop(ServerProcess server) {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> session(String authorization, String id) {
    return Map.of(
        "Authorization", authorization, "Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
  }

  private static String prefix(String sessionId) {
    return sessionId.substring(0, sessionId.indexOf('.'));
  }
}
