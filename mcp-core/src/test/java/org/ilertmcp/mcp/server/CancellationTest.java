package org.ilertmcp.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Cancellation at the dispatcher, independent of any transport. */
class CancellationTest {
  private final AtomicInteger cancelled = new AtomicInteger();
  private final CountDownLatch running = new CountDownLatch(2);
  private final CountDownLatch release = new CountDownLatch(1);

  private McpServer server() {
    return McpServer.builder(ServerInfo.of("t", "1"))
        .tool(
            Tool.builder("wait")
                .description("waits")
                .handler(
                    (c, a) -> {
                      c.onCancel(cancelled::incrementAndGet);
                      running.countDown();
                      try {
                        release.await(5, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return ToolResult.text("done");
                    }))
        .build();
  }

  private static ObjectNode call(int id) {
    ObjectNode request =
        Json.object().put("jsonrpc", "2.0").put("id", id).put("method", "tools/call");
    request.putObject("params").put("name", "wait");
    return request;
  }

  private static ObjectNode cancel(int id) {
    ObjectNode n = Json.object().put("jsonrpc", "2.0").put("method", "notifications/cancelled");
    n.putObject("params").put("requestId", id);
    return n;
  }

  @Test
  void aCancellationThatCouldBelongToTwoClientsCancelsNeither() throws Exception {
    McpServer server = server();
    McpSession shared = new McpSession(null, "same-key", ProtocolVersions.V2025_11_25);
    Inbound inbound = Inbound.of(shared, Optional.of("Bearer same-key"), Outbound.NONE);
    CompletableFuture<ObjectNode> first =
        CompletableFuture.supplyAsync(() -> server.handleRequest(call(1), inbound));
    CompletableFuture<ObjectNode> second =
        CompletableFuture.supplyAsync(() -> server.handleRequest(call(1), inbound));
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    server.handleNotification(cancel(1), inbound);
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(second.get(5, TimeUnit.SECONDS)).isNotNull();
    assertThat(cancelled).hasValue(0);
  }

  @Test
  void aCancellationOfOneRequestDropsItsResponse() throws Exception {
    McpServer server = server();
    McpSession session = new McpSession("s", "key", ProtocolVersions.V2025_11_25);
    Inbound inbound = Inbound.of(session, Optional.of("Bearer key"), Outbound.NONE);
    CompletableFuture<ObjectNode> only =
        CompletableFuture.supplyAsync(() -> server.handleRequest(call(7), inbound));
    running.countDown(); // only one handler runs here; the latch waits for two
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    server.handleNotification(cancel(7), inbound);
    release.countDown();
    assertThat(only.get(5, TimeUnit.SECONDS)).isNull();
    assertThat(cancelled).hasValue(1);
  }
}
