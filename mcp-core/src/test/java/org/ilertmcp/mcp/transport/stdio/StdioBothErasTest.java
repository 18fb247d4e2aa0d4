package org.ilertmcp.mcp.transport.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.ServerInfo;
import org.ilertmcp.mcp.testing.WaitingTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One stdio process serving a 2026-07-28 client's probe and requests and a 2025-11-25 session side
 * by side, with cancellation by {@code notifications/cancelled} in both eras and a subscription
 * stream that ends when cancelled.
 */
class StdioBothErasTest {
  private static final String META =
      "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
          + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

  private final WaitingTool slow = new WaitingTool();
  private final List<String> watch = new CopyOnWriteArrayList<>();
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
  private OutputStream toServer;
  private Thread serverThread;
  private McpServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        McpServer.builder(ServerInfo.of("stdio-test", "1"))
            .tool(slow.tool(false))
            .resource(
                new Resource(
                    "test://r",
                    "r",
                    null,
                    null,
                    "text/plain",
                    List.of(),
                    c -> List.of(ResourceContents.text("test://r", "text/plain", "r"))))
            .subscriptionListener(
                new SubscriptionListener() {
                  @Override
                  public void subscribed(Session session, String uri, RequestContext context) {
                    watch.add("watch");
                  }

                  @Override
                  public void unsubscribed(Session session, String uri) {}

                  @Override
                  public void sessionClosed(Session session) {
                    watch.add("closed");
                  }
                })
            .build();
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    toServer = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    StdioTransport transport =
        new StdioTransport(server, Optional.of("Bearer k"), serverIn, serverOut);
    serverThread = new Thread(transport::run, "stdio-under-test");
    serverThread.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  received.add(Json.parse(line));
                }
              } catch (java.io.IOException e) {
                // the pipe closed with the server
              }
            },
            "stdio-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @AfterEach
  void stop() throws Exception {
    toServer.close();
    serverThread.join(15_000);
  }

  private void send(String json) throws Exception {
    toServer.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    toServer.flush();
  }

  private JsonNode next() throws Exception {
    JsonNode message = received.poll(10, TimeUnit.SECONDS);
    assertThat(message).as("a message from the server").isNotNull();
    return message;
  }

  @Test
  void aModernProbeAndALegacySessionShareTheProcess() throws Exception {
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\",\"params\":{" + META + "}}");
    JsonNode discover = next();
    assertThat(discover.path("result").path("supportedVersions").get(0).asString())
        .isEqualTo("2026-07-28");
    assertThat(discover.path("result").path("resultType").asString()).isEqualTo("complete");

    send(
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}");
    assertThat(next().path("result").path("protocolVersion").asString()).isEqualTo("2025-11-25");
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}");
    JsonNode legacy = next();
    assertThat(legacy.path("result").path("tools").get(0).path("name").asString())
        .isEqualTo("slow");
    assertThat(legacy.path("result").has("resultType")).isFalse();

    send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\",\"params\":{" + META + "}}");
    assertThat(next().path("error").path("code").asInt()).isEqualTo(-32601);
  }

  @Test
  void aModernRequestIsCancelledByNotification() throws Exception {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":\"m-1\",\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"slow\","
            + META
            + "}}");
    assertThat(slow.started(Duration.ofSeconds(5))).isTrue();
    send(
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":"
            + "\"m-1\"}}");
    assertThat(slow.sawCancel(Duration.ofSeconds(5))).isTrue();
    send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":{" + META + "}}");
    JsonNode nextMessage = next();
    assertThat(nextMessage.path("id").asInt()).as("no answer to the cancelled call").isEqualTo(5);
  }

  @Test
  void aSubscriptionStreamLastsUntilItsRequestIsCancelled() throws Exception {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"subscriptions/listen\",\"params\":{"
            + "\"notifications\":{\"resourceSubscriptions\":[\"test://r\"]},"
            + META
            + "}}");
    JsonNode ack = next();
    assertThat(ack.path("method").asString()).isEqualTo("notifications/subscriptions/acknowledged");
    assertThat(
            ack.path("params").path("_meta").path("io.modelcontextprotocol/subscriptionId").asInt())
        .isEqualTo(7);
    server.notifyResourceUpdated("test://r");
    JsonNode updated = next();
    assertThat(updated.path("method").asString()).isEqualTo("notifications/resources/updated");
    assertThat(
            updated
                .path("params")
                .path("_meta")
                .path("io.modelcontextprotocol/subscriptionId")
                .asInt())
        .isEqualTo(7);
    send(
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}");
    send("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/list\",\"params\":{" + META + "}}");
    assertThat(next().path("id").asInt()).isEqualTo(8);
    assertThat(watch).containsExactly("watch", "closed");
    server.notifyResourceUpdated("test://r");
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).as("nothing after cancel").isNull();
  }
}
