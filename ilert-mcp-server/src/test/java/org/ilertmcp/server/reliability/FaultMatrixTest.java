package org.ilertmcp.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.ilertmcp.client.CallContext;
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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every ilert fault against a read ({@code get_alert}), a write ({@code accept_alert}) and an
 * analysis tool ({@code investigate_alert}), with a 2 s deadline: each call answers within the
 * deadline plus 1 s, as an error result with the sentence the agent needs (and, for the write,
 * whether the change may have been applied), the write is applied at most once — counted in the
 * emulator's timeline — and a read makes at most 3 requests. Prints the matrix.
 */
class FaultMatrixTest {
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  private static final Duration SLACK = Duration.ofSeconds(1);
  private static final String KEY = "demo-admin-key";
  private static final String MAY_HAVE_BEEN_APPLIED =
      "the change may or may not have been applied — read before retrying.";
  private static final String NOT_APPLIED = "the change was not applied";

  /**
   * One row: the rule that makes ilert misbehave (null: ilert is down), the read's expected text
   * (null: success), the write's, and how often the write reaches ilert's state.
   */
  private record Fault(
      String name, FaultRule rule, String readSays, String writeSays, int writeApplied) {}

  private static final List<Fault> FAULTS =
      List.of(
          new Fault(
              "latency 300 ms", FaultRule.latency("/", Duration.ofMillis(300)), null, null, 1),
          new Fault(
              "hang",
              FaultRule.timeout("/", Duration.ZERO),
              "ilert did not answer; retry in a minute.",
              "ilert did not answer; " + MAY_HAVE_BEEN_APPLIED,
              0),
          new Fault(
              "hang 800 ms, reset",
              FaultRule.timeout("/", Duration.ofMillis(800)),
              "ilert did not answer; retry in a minute.",
              "ilert did not answer; " + MAY_HAVE_BEEN_APPLIED,
              0),
          new Fault(
              "reset",
              FaultRule.connectionReset("/"),
              "ilert did not answer; retry in a minute.",
              "ilert did not answer; " + MAY_HAVE_BEEN_APPLIED,
              0),
          new Fault(
              "429, Retry-After 30",
              FaultRule.rateLimit("/").retryAfter(30),
              "ilert is rate limiting this API key (HTTP 429); retry in ~30 s.",
              "ilert is rate limiting this API key (HTTP 429); retry in ~30 s; "
                  + NOT_APPLIED
                  + ".",
              0),
          new Fault(
              "429",
              FaultRule.rateLimit("/"),
              "ilert is rate limiting this API key (HTTP 429); retry in a minute.",
              "ilert is rate limiting this API key (HTTP 429); retry in a minute; "
                  + NOT_APPLIED
                  + ".",
              0),
          new Fault(
              "503",
              FaultRule.serverError("/", 503),
              "ilert is unavailable (HTTP 503); retry in a minute.",
              "ilert is unavailable (HTTP 503); " + MAY_HAVE_BEEN_APPLIED,
              0),
          new Fault(
              "malformed body",
              FaultRule.malformedBody("/"),
              "ilert's answer (HTTP 200) was not the JSON expected.",
              "ilert's answer (HTTP 200) was not the JSON expected; " + MAY_HAVE_BEEN_APPLIED,
              0),
          new Fault(
              "empty body",
              FaultRule.emptyBody("/"),
              "ilert's answer (HTTP 200) was empty.",
              "ilert's answer (HTTP 200) was empty; " + MAY_HAVE_BEEN_APPLIED,
              1),
          new Fault(
              "truncated body",
              FaultRule.truncatedBody("/"),
              "ilert's answer (HTTP 200) was cut off before its end.",
              "ilert's answer (HTTP 200) was cut off before its end; " + MAY_HAVE_BEEN_APPLIED,
              1),
          new Fault(
              "ilert down",
              null,
              "ilert did not answer; retry in a minute.",
              "ilert did not answer; " + NOT_APPLIED + ", so it is safe to retry.",
              0));

  private static IlertEmulator emulator;
  private static IlertMcpServer server;
  private static IlertMcpServer serverOfDownIlert;
  private static final AtomicLong IDS = new AtomicLong();
  private static final ExecutorService CALLERS = Executors.newFixedThreadPool(3);

  @BeforeAll
  static void start() throws Exception {
    emulator = IlertEmulator.builder().port(0).demoOrganisation(true).build().start();
    server = server(emulator.baseUrl());
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    serverOfDownIlert = server("http://127.0.0.1:" + closedPort + "/api");
  }

  @AfterAll
  static void stop() {
    CALLERS.shutdownNow();
    emulator.close();
  }

  private static IlertMcpServer server(String baseUrl) {
    IlertClient client =
        IlertClient.builder()
            .baseUrl(baseUrl)
            .requestsPerMinute(0)
            .retry(RetrySettings.defaults())
            .build();
    ToolSelection all = new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.ADMIN);
    return IlertMcpServer.create(
        new ServerSettings(all, 8000, DEADLINE, ServerSettings.DEFAULT_RESOURCE_POLL, DEADLINE),
        client,
        Clock.systemUTC());
  }

  /** One call's outcome. */
  private record Outcome(Duration took, boolean error, String text, int requests, long applied) {
    String cell() {
      String what = error ? "error" : "ok";
      return String.format(Locale.ROOT, "%-5s %4.2f s", what, took.toMillis() / 1000.0)
          + (requests > 0 ? " " + requests + " req" : "")
          + (applied >= 0 ? " applied " + applied : "");
    }
  }

  @Test
  void everyFaultAnswersInTimeWithTheRightWordsAndNoWriteTwice() {
    List<Long> pending = newAlerts(3 * FAULTS.size() + 1);
    // once without faults, so that class loading and JIT do not count against the first row
    long warm = pending.get(pending.size() - 1);
    for (String tool : List.of("get_alert", "investigate_alert", "accept_alert")) {
      assertThat(
              call(server, tool, "{\"alert_id\":\"" + warm + "\"}")
                  .path("result")
                  .path("isError")
                  .asBoolean())
          .isFalse();
    }
    List<String> problems = new ArrayList<>();
    StringBuilder matrix = new StringBuilder();
    matrix.append(
        String.format(
            Locale.ROOT,
            "fault matrix: deadline %d s, answer within %d s%n%-20s | %-22s | %-30s | %-22s%n",
            DEADLINE.toSeconds(),
            DEADLINE.plus(SLACK).toSeconds(),
            "fault",
            "get_alert (read)",
            "accept_alert (write)",
            "investigate_alert"));
    int row = 0;
    for (Fault fault : FAULTS) {
      long readId = pending.get(row * 3);
      long writeId = pending.get(row * 3 + 1);
      long analysisId = pending.get(row * 3 + 2);
      row++;
      emulator.faults().clear();
      // the faults must meet the reads: nothing may come from the lookup cache
      server.adapter().services().lookups().clear();
      serverOfDownIlert.adapter().services().lookups().clear();
      IlertMcpServer target = fault.rule() == null ? serverOfDownIlert : server;
      String readRule = null;
      String writeRule = null;
      if (fault.rule() != null) {
        readRule = emulator.faults().add(on(fault.rule(), "/api/alerts/" + readId)).id();
        writeRule = emulator.faults().add(on(fault.rule(), "/api/alerts/" + writeId + "/**")).id();
        emulator.faults().add(on(fault.rule(), "/api/**"));
      }
      CompletableFuture<Outcome> read = async(target, "get_alert", readId, readRule, -1);
      CompletableFuture<Outcome> write = async(target, "accept_alert", writeId, writeRule, writeId);
      CompletableFuture<Outcome> analysis =
          async(target, "investigate_alert", analysisId, null, -1);
      Outcome r = read.join();
      Outcome w = write.join();
      Outcome a = analysis.join();
      matrix.append(
          String.format(
              Locale.ROOT,
              "%-20s | %-22s | %-30s | %-22s%n",
              fault.name(),
              r.cell(),
              w.cell(),
              a.cell()));
      for (Outcome o : List.of(r, w, a)) {
        expect(
            problems,
            fault,
            "answer time " + o.took(),
            o.took().compareTo(DEADLINE.plus(SLACK)) <= 0);
      }
      expect(problems, fault, "read requests " + r.requests(), r.requests() <= 3);
      expect(problems, fault, "write requests " + w.requests(), w.requests() <= 3);
      expect(problems, fault, "write applied " + w.applied(), w.applied() == fault.writeApplied());
      if (fault.readSays() == null) {
        expect(problems, fault, "read: " + r.text(), !r.error());
        expect(problems, fault, "write: " + w.text(), !w.error());
        expect(problems, fault, "analysis: " + a.text(), !a.error());
      } else {
        expect(
            problems, fault, "read: " + r.text(), r.error() && r.text().equals(fault.readSays()));
        expect(
            problems, fault, "write: " + w.text(), w.error() && w.text().equals(fault.writeSays()));
        expect(
            problems,
            fault,
            "analysis: " + a.text(),
            a.error() && a.text().equals(fault.readSays()));
      }
    }
    emulator.faults().clear();
    System.out.print(matrix);
    assertThat(problems).isEmpty();
  }

  /** Opens {@code count} new PENDING alerts through the events API. */
  private static List<Long> newAlerts(int count) {
    IlertClient client = IlertClient.builder().baseUrl(emulator.baseUrl()).build();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String alertKey = "fault-matrix-" + i;
      client
          .events()
          .send(
              CallContext.anonymous(),
              Event.alert("demo-src-datadog-payments", alertKey, "p99 latency high " + i));
      ids.add(emulator.state().alertsWithKey(alertKey).get(0).id());
    }
    return ids;
  }

  private static void expect(List<String> problems, Fault fault, String what, boolean ok) {
    if (!ok) {
      problems.add(fault.name() + ": unexpected " + what);
    }
  }

  /** The same fault on another path. */
  private static FaultRule on(FaultRule rule, String path) {
    return new FaultRule(
        null,
        rule.method(),
        path,
        rule.kind(),
        rule.times(),
        rule.delay(),
        rule.status(),
        rule.retryAfterSeconds());
  }

  private static CompletableFuture<Outcome> async(
      IlertMcpServer target, String tool, long alertId, String rule, long appliedOf) {
    return CompletableFuture.supplyAsync(
        () -> {
          long start = System.nanoTime();
          JsonNode response = call(target, tool, "{\"alert_id\":\"" + alertId + "\"}");
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          JsonNode result = response.path("result");
          return new Outcome(
              took,
              result.path("isError").asBoolean(false) || response.has("error"),
              response.has("error")
                  ? response.path("error").path("message").asString()
                  : result.path("content").path(0).path("text").asString(""),
              rule == null ? 0 : emulator.faults().hits(rule),
              appliedOf < 0 ? -1 : accepts(appliedOf));
        },
        CALLERS);
  }

  private static long accepts(long alertId) {
    return emulator.state().logEntries(alertId).stream()
        .filter(e -> "ACCEPT".equals(e.vars().get("response")))
        .count();
  }

  private static JsonNode call(IlertMcpServer target, String tool, String argumentsJson) {
    ObjectNode params = Json.object().put("name", tool);
    params.set("arguments", Json.parse(argumentsJson));
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", IDS.incrementAndGet());
    request.put("method", "tools/call");
    request.set("params", params);
    Optional<String> credential = Optional.of("Bearer " + KEY);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    return target.mcp().handleRequest(request, Inbound.of(session, credential, Outbound.NONE));
  }
}
