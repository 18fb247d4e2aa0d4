package org.ilertmcp.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.http.Sleeper;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.IlertMcpServer.ServerSettings;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A call that waits — here for this server's pacing of the key, on a virtual sleeper so the test
 * takes no real time — tells a client that asked for progress at least every few seconds, with
 * increasing values and a sentence saying what it waits for, and then answers.
 */
class ProgressWhileWaitingTest {
  private IlertEmulator emulator;

  @AfterEach
  void stop() {
    if (emulator != null) {
      emulator.close();
    }
  }

  @Test
  void aPacedCallReportsProgressWhileItWaits() {
    emulator = IlertEmulator.builder().port(0).demoOrganisation(true).build().start();
    Sleeper.Virtual sleeper = Sleeper.virtual();
    // 2 per minute: one request per 60 s window, so the second call waits up to a minute (on the
    // virtual sleeper); the call's deadline leaves room for that wait
    IlertClient client =
        IlertClient.builder()
            .baseUrl(emulator.baseUrl())
            .requestsPerMinute(2)
            .sleeper(sleeper)
            .build();
    IlertMcpServer server =
        IlertMcpServer.create(
            new ServerSettings(Sandbox.ALL, 8000, Duration.ofSeconds(90)),
            client,
            Clock.systemUTC());

    List<ObjectNode> first = new CopyOnWriteArrayList<>();
    assertThat(call(server, 1, first).path("result").path("isError").asBoolean()).isFalse();
    List<ObjectNode> notices = new CopyOnWriteArrayList<>();
    JsonNode second = call(server, 2, notices);

    assertThat(second.path("result").path("isError").asBoolean()).as(second.toString()).isFalse();
    assertThat(sleeper.slept()).isGreaterThan(Duration.ofSeconds(5));
    // a notice at least every 5 s of the wait: the first at its start, then every interval
    long expected = sleeper.slept().toSeconds() / 5;
    assertThat(notices).hasSizeGreaterThanOrEqualTo((int) Math.max(1, expected));
    double last = -1;
    for (ObjectNode notice : notices) {
      assertThat(notice.path("method").asString()).isEqualTo("notifications/progress");
      JsonNode params = notice.path("params");
      assertThat(params.path("progressToken").asString()).isEqualTo("tok-2");
      assertThat(params.path("progress").asDouble()).isGreaterThan(last);
      last = params.path("progress").asDouble();
      assertThat(params.path("message").asString())
          .contains("pacing of the API key to ilert's limit");
    }
  }

  private static JsonNode call(IlertMcpServer server, int n, List<ObjectNode> sent) {
    ObjectNode params = Json.object().put("name", "list_alerts");
    params.putObject("arguments");
    params.putObject("_meta").put("progressToken", "tok-" + n);
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", n);
    request.put("method", "tools/call");
    request.set("params", params);
    Optional<String> credential = Optional.of("Bearer " + Sandbox.ADMIN);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    return server.mcp().handleRequest(request, Inbound.of(session, credential, sent::add));
  }
}
