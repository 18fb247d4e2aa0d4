package org.ilertmcp.server.tools.analysis.noise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.ToolServices;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze_alerts} called directly with its own request context: a smaller cap, a small token
 * budget, and a request whose cancellation flips after a given number of pages.
 */
class AnalyzeAlertsDirectTest {
  private static Sandbox sandbox;
  private static IlertClient client;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    client =
        IlertClient.builder()
            .baseUrl(sandbox.emulator().baseUrl())
            .requestsPerMinute(0)
            .retry(Sandbox.RETRY_WITHOUT_WAITING)
            .build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** A request that records progress and cancels itself after {@code cancelAfter} reports. */
  private static final class Request implements RequestContext {
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private final int cancelAfter;
    private volatile boolean cancelled;

    Request(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public Optional<String> credential() {
      return Optional.of("Bearer " + Sandbox.ADMIN);
    }

    @Override
    public Optional<String> sessionId() {
      return Optional.empty();
    }

    @Override
    public McpSession session() {
      return new McpSession(null, "test", ProtocolVersions.V2025_11_25);
    }

    @Override
    public String protocolVersion() {
      return ProtocolVersions.V2025_11_25;
    }

    @Override
    public Optional<String> header(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<String> queryParameter(String name) {
      return Optional.empty();
    }

    @Override
    public JsonNode requestId() {
      return Json.tree(1);
    }

    @Override
    public void progress(double value, Double total, String message) {
      progress.add(message);
      if (progress.size() == cancelAfter) {
        cancelled = true;
        onCancel.forEach(Runnable::run);
      }
    }

    @Override
    public void log(LogLevel level, String logger, String message) {}

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public void throwIfCancelled() {
      if (cancelled) {
        throw new CancelledException();
      }
    }

    @Override
    public void onCancel(Runnable action) {
      onCancel.add(action);
    }

    @Override
    public JsonNode requestFromClient(String method, ObjectNode params, Duration timeout) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void closeStreamForPolling() {}
  }

  private static IlertCall call(String arguments, int maxTokens, Request request) {
    Clock clock = Clock.systemUTC();
    ToolServices services = ToolServices.builder(client, clock).maxResultTokens(maxTokens).build();
    return new IlertCall(
        services,
        request,
        new Args((ObjectNode) Json.parse(arguments), clock),
        Duration.ofSeconds(60),
        AccessTier.READ);
  }

  private static List<AlertSnapshot> newestFirst(JsonNode result) {
    Instant from = Instant.parse(result.path("window").path("from").asString());
    Instant until = Instant.parse(result.path("window").path("until").asString());
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> !a.reportTime().isBefore(from) && a.reportTime().isBefore(until))
        .sorted(
            Comparator.comparing(AlertSnapshot::reportTime)
                .thenComparing(AlertSnapshot::id)
                .reversed())
        .toList();
  }

  @Test
  void reachingTheCapSaysWhatWasNotCovered() {
    Request request = new Request(0);
    JsonNode r =
        new AnalyzeAlertsTool(200).call(call("{\"days\":30}", 8000, request)).structuredContent();
    List<AlertSnapshot> all = newestFirst(r);
    assertThat(all).hasSizeGreaterThan(200);
    assertThat(r.path("capped").asBoolean()).isTrue();
    assertThat(r.path("alerts").asInt()).isEqualTo(200);
    Instant oldestRead = all.get(199).reportTime();
    JsonNode notCovered = r.path("not_covered");
    assertThat(notCovered.path("from").asString())
        .isEqualTo(r.path("window").path("from").asString());
    assertThat(Instant.parse(notCovered.path("until").asString()))
        .isEqualTo(oldestRead.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertThat(notCovered.path("alerts").asLong())
        .isEqualTo(all.stream().filter(a -> a.reportTime().isBefore(oldestRead)).count());
    assertThat(notCovered.path("how").asString()).contains("cap of 200");
    assertThat(request.progress.stream().filter(m -> m.startsWith("read ")))
        .containsExactly("read 100 alerts", "read 200 alerts");
    assertThat(AnalyzeAlertsTool.MAX_ALERTS).isEqualTo(5000);
  }

  @Test
  void aRequestCancelledAfterTheFirstPageReadsNoMore() {
    Request request = new Request(1);
    AnalyzeAlertsTool tool = new AnalyzeAlertsTool();
    assertThatThrownBy(() -> tool.call(call("{\"days\":90}", 8000, request)))
        .isInstanceOf(CancelledException.class);
    assertThat(request.progress).containsExactly("read 100 alerts");
  }

  /** Tokens of the text block plus the structured content, as the result budget counts them. */
  private static int wholeTokens(ToolResult result) {
    String text = result.content().get(0).toJson().path("text").asString();
    return Output.tokens(result.structuredContent())
        + text.getBytes(StandardCharsets.UTF_8).length / 4;
  }

  @Test
  void aSmallBudgetCutsTablesButKeepsTheFindings() {
    AnalyzeAlertsTool tool = new AnalyzeAlertsTool();
    ObjectNode full = tool.call(call("{\"days\":90}", 16000, new Request(0))).structuredContent();
    ToolResult smallResult = tool.call(call("{\"days\":90}", 4000, new Request(0)));
    ObjectNode small = smallResult.structuredContent();
    assertThat(full.has("truncated")).isFalse();
    assertThat(Output.tokens(full)).isGreaterThan(2000);
    // the budget covers the whole result: the JSON text block and the structured content
    assertThat(wholeTokens(smallResult)).isLessThanOrEqualTo(4000);
    assertThat(small.path("findings")).isEqualTo(full.path("findings"));
    assertThat(small.path("volume").path("by_hour").size()).isEqualTo(24);
    assertThat(small.path("response_times").path("overall"))
        .isEqualTo(full.path("response_times").path("overall"));
    JsonNode omitted = small.path("truncated").path("omitted");
    assertThat(omitted.path("after_hours.by_person").asInt())
        .isEqualTo(
            full.path("after_hours").path("by_person").size()
                - small.path("after_hours").path("by_person").size())
        .isPositive();
    assertThat(omitted.has("findings")).isFalse();
  }

  @Test
  void aTinyBudgetDropsWholeFindingsFromTheEndRatherThanCuttingTheirText() {
    AnalyzeAlertsTool tool = new AnalyzeAlertsTool();
    ObjectNode full = tool.call(call("{\"days\":90}", 16000, new Request(0))).structuredContent();
    ToolResult tinyResult = tool.call(call("{\"days\":90}", 2400, new Request(0)));
    ObjectNode tiny = tinyResult.structuredContent();
    assertThat(wholeTokens(tinyResult)).isLessThanOrEqualTo(2400);
    int kept = tiny.path("findings").size();
    assertThat(kept).isPositive().isLessThan(full.path("findings").size());
    for (int i = 0; i < kept; i++) {
      assertThat(tiny.path("findings").path(i)).isEqualTo(full.path("findings").path(i));
    }
    assertThat(tiny.path("truncated").path("omitted").path("findings").asInt())
        .isEqualTo(full.path("findings").size() - kept);
  }

  @Test
  void daysOutsideTheRangeIsRefusedByTheToolItself() {
    AnalyzeAlertsTool tool = new AnalyzeAlertsTool();
    assertThatThrownBy(() -> tool.call(call("{\"days\":91}", 8000, new Request(0))))
        .isInstanceOf(ToolInputException.class)
        .hasMessage("`days` is between 1 and 90; got 91.");
  }
}
