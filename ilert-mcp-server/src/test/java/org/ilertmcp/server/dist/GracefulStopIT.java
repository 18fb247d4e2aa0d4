package org.ilertmcp.server.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.RawHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SIGTERM while calls are in flight against a slow ilert: calls that finish within the grace
 * deliver their answers, the one that cannot gets an error saying the write may have been applied,
 * every caller gets a JSON-RPC answer, and the process exits 0.
 */
class GracefulStopIT {
  private static final String KEY = "demo-admin-key";

  @Test
  void everyCallInFlightIsAnsweredAndTheProcessExitsZero() throws Exception {
    try (IlertEmulator emulator =
        IlertEmulator.builder().port(0).demoOrganisation(true).build().start()) {
      List<Long> alerts = newAlerts(emulator, 5);
      long hung = alerts.get(4);
      String hangRule =
          emulator
              .faults()
              .add(FaultRule.timeout("/api/alerts/" + hung + "**", Duration.ZERO))
              .id();
      // only the tools' own requests are slow (and counted below): reading the key's role is not
      String slowRule =
          emulator.faults().add(FaultRule.latency("/api/alerts/**", Duration.ofMillis(800))).id();

      ServerProcess server =
          ServerProcess.start(
              Map.of("ILERT_PORT", "0", "ILERT_HOST", "127.0.0.1"),
              "http",
              "--ilert-url",
              emulator.baseUrl(),
              "--call-timeout",
              "60",
              "--analysis-timeout",
              "60",
              "--shutdown-grace-seconds",
              "4");
      try (server) {
        RawHttp raw = new RawHttp(server.url());
        Map<String, String> auth = Map.of("Authorization", "Bearer " + KEY);
        String session = raw.initialize(auth);
        Map<String, String> headers =
            Map.of(
                "Authorization",
                "Bearer " + KEY,
                "Mcp-Session-Id",
                session,
                "MCP-Protocol-Version",
                "2025-11-25");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
          String tool = i % 2 == 0 || alerts.get(i) == hung ? "accept_alert" : "get_alert";
          String body =
              "{\"jsonrpc\":\"2.0\",\"id\":"
                  + (10 + i)
                  + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                  + tool
                  + "\",\"arguments\":{\"alert_id\":\""
                  + alerts.get(i)
                  + "\"}}}";
          calls.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    try {
                      return raw.post(body, headers);
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  }));
        }
        // every call has reached ilert (the slow path) or hangs there
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((emulator.faults().hits(slowRule) < 4 || emulator.faults().hits(hangRule) < 1)
            && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(emulator.faults().hits(hangRule)).isPositive();

        int exit = server.stop();

        List<String> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
          HttpResponse<String> response = call.join();
          assertThat(response.statusCode()).isEqualTo(200);
          JsonNode message = RawHttp.message(response);
          answers.add(Json.write(message));
          assertThat(message.has("result") || message.has("error")).as(response.body()).isTrue();
        }
        System.out.println(
            "answers after SIGTERM:\n"
                + String.join(
                    "\n",
                    answers.stream()
                        .map(a -> org.ilertmcp.mcp.jsonrpc.JsonRpc.excerpt(a, 160))
                        .toList()));
        assertThat(exit).as("exit status; stderr %s", server.stderr()).isZero();
        JsonNode last = Json.parse(answers.get(4));
        assertThat(last.path("error").path("message").asString())
            .contains("shut down before the request finished")
            .contains("may or may not have been applied");
        for (String answer : answers.subList(0, 4)) {
          assertThat(Json.parse(answer).path("result").path("isError").asBoolean())
              .as(answer)
              .isFalse();
        }
      }
    }
  }

  private static List<Long> newAlerts(IlertEmulator emulator, int count) {
    IlertClient client = IlertClient.builder().baseUrl(emulator.baseUrl()).build();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String alertKey = "graceful-stop-" + i;
      client
          .events()
          .send(
              CallContext.anonymous(),
              Event.alert("demo-src-datadog-payments", alertKey, "disk almost full " + i));
      ids.add(emulator.state().alertsWithKey(alertKey).get(0).id());
    }
    return ids;
  }
}
