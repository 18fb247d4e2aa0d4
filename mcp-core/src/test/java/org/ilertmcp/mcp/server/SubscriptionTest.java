package org.ilertmcp.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Subscriptions at the dispatcher: a listener may refuse one, and then nothing is recorded. */
class SubscriptionTest {
  private final AtomicInteger accepted = new AtomicInteger();

  private McpServer server(int limit) {
    return McpServer.builder(ServerInfo.of("t", "1"))
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
                if (accepted.get() >= limit) {
                  throw new McpException(ErrorCodes.LIMIT_EXCEEDED, "Too many subscriptions");
                }
                accepted.incrementAndGet();
              }

              @Override
              public void unsubscribed(Session session, String uri) {}

              @Override
              public void sessionClosed(Session session) {}
            })
        .build();
  }

  private static ObjectNode subscribe(int id) {
    ObjectNode request =
        Json.object().put("jsonrpc", "2.0").put("id", id).put("method", "resources/subscribe");
    request.putObject("params").put("uri", "test://r");
    return request;
  }

  @Test
  void aRefusedSubscriptionIsNotRecordedSoARetryIsRefusedToo() {
    McpServer server = server(0);
    McpSession session = new McpSession("s", "k", ProtocolVersions.V2025_11_25);
    Inbound inbound = Inbound.of(session, Optional.empty(), Outbound.NONE);
    for (int attempt = 1; attempt <= 2; attempt++) {
      ObjectNode reply = server.handleRequest(subscribe(attempt), inbound);
      assertThat(reply.path("error").path("code").asInt()).isEqualTo(ErrorCodes.LIMIT_EXCEEDED);
      assertThat(session.isSubscribed("test://r")).isFalse();
    }
  }

  @Test
  void anAcceptedSubscriptionReceivesUpdates() {
    McpServer server = server(1);
    McpSession session = new McpSession("s", "k", ProtocolVersions.V2025_11_25);
    List<ObjectNode> sent = new java.util.ArrayList<>();
    session.notifier(sent::add);
    server.sessionOpened(session);
    Inbound inbound = Inbound.of(session, Optional.empty(), Outbound.NONE);
    assertThat(server.handleRequest(subscribe(1), inbound).has("result")).isTrue();
    server.notifyResourceUpdated("test://r");
    server.notifyResourceUpdated("test://other");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).path("method").asString()).isEqualTo("notifications/resources/updated");
    assertThat(sent.get(0).path("params").path("uri").asString()).isEqualTo("test://r");
  }
}
