package org.ilertmcp.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.context.ElicitResult;
import org.ilertmcp.mcp.context.InputRequest;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Multi-round-trip request states at the dispatcher: they expire, they continue on any replica that
 * shares the secret and on no other, and earlier answers travel inside them.
 */
class RequestStateTest {
  private static final String KEY = "Bearer k";
  private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();

  private final AtomicInteger acted = new AtomicInteger();

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-08-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private McpServer server(byte[] secret, Clock clock) {
    return McpServer.builder(ServerInfo.of("t", "1"))
        .requestStateSecret(secret)
        .requestStateTtl(Duration.ofMinutes(10))
        .clock(clock)
        .tool(
            Tool.builder("two_steps")
                .description("asks twice, then acts")
                .annotations(ToolAnnotations.write(false))
                .handler(
                    (c, a) -> {
                      ElicitResult name = c.elicit("step1", question("name"));
                      ElicitResult color = c.elicit("step2", question("color"));
                      acted.incrementAndGet();
                      return ToolResult.text(
                          name.content().path("name").asString()
                              + "/"
                              + color.content().path("color").asString());
                    }))
        .build();
  }

  private static InputRequest question(String field) {
    ObjectNode schema = Json.object().put("type", "object");
    schema.putObject("properties").putObject(field).put("type", "string");
    return InputRequest.elicitation("Your " + field + "?", schema);
  }

  private static JsonNode call(
      McpServer server, String key, String state, String answerKey, String field, String value) {
    ObjectNode request =
        Json.object().put("jsonrpc", "2.0").put("id", 1).put("method", "tools/call");
    ObjectNode params = request.putObject("params").put("name", "two_steps");
    params.putObject("arguments");
    ObjectNode meta = params.putObject("_meta");
    meta.put(RequestMeta.PROTOCOL_VERSION, ProtocolVersions.V2026_07_28);
    meta.putObject(RequestMeta.CLIENT_CAPABILITIES).putObject("elicitation");
    if (state != null) {
      params.put("requestState", state);
    }
    if (answerKey != null) {
      ObjectNode answer = params.putObject("inputResponses").putObject(answerKey);
      answer.put("action", "accept").putObject("content").put(field, value);
    }
    McpSession connection =
        new McpSession(null, McpSession.hash(Optional.of(key)), ProtocolVersions.V2026_07_28);
    return server.handleRequest(request, Inbound.of(connection, Optional.of(key), Outbound.NONE));
  }

  @Test
  void earlierAnswersTravelInTheStateUntilTheLastRound() {
    McpServer server = server(SECRET, new ManualClock());
    JsonNode first = call(server, KEY, null, null, null, null).path("result");
    assertThat(first.path("inputRequests").has("step1")).isTrue();
    JsonNode second =
        call(server, KEY, first.path("requestState").asString(), "step1", "name", "Ada")
            .path("result");
    assertThat(second.path("inputRequests").has("step2")).isTrue();
    assertThat(second.path("inputRequests").has("step1")).isFalse();
    JsonNode done =
        call(server, KEY, second.path("requestState").asString(), "step2", "color", "teal")
            .path("result");
    assertThat(done.path("content").get(0).path("text").asString()).isEqualTo("Ada/teal");
    assertThat(acted.get()).isEqualTo(1);
  }

  @Test
  void aStateExpires() {
    ManualClock clock = new ManualClock();
    McpServer server = server(SECRET, clock);
    String state =
        call(server, KEY, null, null, null, null).path("result").path("requestState").asString();
    clock.advance(Duration.ofMinutes(11));
    JsonNode error = call(server, KEY, state, "step1", "name", "Ada").path("error");
    assertThat(error.path("code").asInt()).isEqualTo(-32602);
    assertThat(error.path("message").asString()).contains("expired");
  }

  @Test
  void anotherReplicaWithTheSameSecretContinuesAndOneWithAnotherSecretRefuses() {
    ManualClock clock = new ManualClock();
    McpServer first = server(SECRET, clock);
    McpServer sameSecret = server(SECRET.clone(), clock);
    McpServer otherSecret = server("another-secret-another-secret-0123".getBytes(), clock);
    String state =
        call(first, KEY, null, null, null, null).path("result").path("requestState").asString();
    JsonNode refused = call(otherSecret, KEY, state, "step1", "name", "Ada").path("error");
    assertThat(refused.path("message").asString()).contains("integrity");
    JsonNode continued = call(sameSecret, KEY, state, "step1", "name", "Ada").path("result");
    assertThat(continued.path("inputRequests").has("step2")).isTrue();
  }

  @Test
  void aShortSecretIsRefusedAtStart() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> McpServer.builder(ServerInfo.of("t", "1")).requestStateSecret(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
