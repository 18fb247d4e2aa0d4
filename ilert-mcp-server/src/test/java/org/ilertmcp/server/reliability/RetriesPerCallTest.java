package org.ilertmcp.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.IlertMcpServer.ServerSettings;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An analysis tool makes about ten ilert requests; when ilert keeps failing, all of them together
 * get at most 2 retries (and any one request at most 3 attempts), counted by the emulator — not
 * three attempts each. The deadline is long and the backoff short, so only the budget limits the
 * retries. The answer still says why its sections are missing.
 */
class RetriesPerCallTest {
  private static final String KEY = "demo-admin-key";

  private static IlertEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = IlertEmulator.builder().port(0).demoOrganisation(true).build().start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "503   | ilert is unavailable (HTTP 503); retry in a minute",
        "reset | ilert did not answer; retry in a minute"
      })
  void aPersistentFaultCostsTheWholeCallAtMostTwoRetries(String fault, String says) {
    long alertId = newAlert("retries-per-call-" + fault);
    AtomicInteger firstAttempts = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    RequestObserver counter =
        new RequestObserver() {
          @Override
          public void exchanged(
              String method, String path, int status, int attempt, Duration duration) {
            (attempt == 1 ? firstAttempts : retries).incrementAndGet();
          }
        };
    IlertMcpServer server = server(counter);
    emulator.faults().clear();
    // the alert itself is read, everything the analysis reads around it fails
    String alert =
        emulator.faults().add(FaultRule.latency("/api/alerts/" + alertId, Duration.ZERO)).id();
    String rest =
        emulator
            .faults()
            .add(
                "503".equals(fault)
                    ? FaultRule.serverError("/api/**", 503)
                    : FaultRule.connectionReset("/api/**"))
            .id();

    JsonNode result = investigate(server, alertId);
    int seenByIlert = emulator.faults().hits(alert) + emulator.faults().hits(rest);
    emulator.faults().clear();

    assertThat(result.path("isError").asBoolean(false)).as("isError").isFalse();
    List<String> reasons = new ArrayList<>();
    result
        .path("structuredContent")
        .path("missing")
        .forEach(m -> reasons.add(m.path("reason").asString()));
    assertThat(reasons)
        .as("why sections are missing")
        .hasSizeGreaterThanOrEqualTo(8)
        .containsOnly(says);
    assertThat(firstAttempts.get()).as("requests of the analysis").isGreaterThanOrEqualTo(8);
    assertThat(retries.get()).as("retries of the call").isBetween(1, 2);
    assertThat(seenByIlert)
        .as("requests ilert saw")
        .isEqualTo(firstAttempts.get() + retries.get())
        .isLessThanOrEqualTo(firstAttempts.get() + 2);
  }

  private static IlertMcpServer server(RequestObserver observer) {
    IlertClient client =
        IlertClient.builder()
            .baseUrl(emulator.baseUrl())
            .requestsPerMinute(0)
            .retry(
                new RetrySettings(
                    RetrySettings.MAX_RETRIES,
                    Duration.ofMillis(10),
                    Duration.ofMillis(20),
                    Duration.ofMillis(10),
                    0))
            .observer(observer)
            .build();
    ToolSelection all = new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.ADMIN);
    Duration deadline = Duration.ofSeconds(30);
    return IlertMcpServer.create(
        new ServerSettings(all, 8000, deadline, ServerSettings.DEFAULT_RESOURCE_POLL, deadline),
        client,
        Clock.systemUTC());
  }

  private static long newAlert(String alertKey) {
    IlertClient.builder()
        .baseUrl(emulator.baseUrl())
        .build()
        .events()
        .send(
            CallContext.anonymous(),
            Event.alert("demo-src-datadog-payments", alertKey, "p99 latency high"));
    return emulator.state().alertsWithKey(alertKey).get(0).id();
  }

  private static JsonNode investigate(IlertMcpServer server, long alertId) {
    ObjectNode params = Json.object().put("name", "investigate_alert");
    params.set("arguments", Json.object().put("alert_id", alertId));
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", 1);
    request.put("method", "tools/call");
    request.set("params", params);
    Optional<String> credential = Optional.of("Bearer " + KEY);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    return server
        .mcp()
        .handleRequest(request, Inbound.of(session, credential, Outbound.NONE))
        .path("result");
  }
}
