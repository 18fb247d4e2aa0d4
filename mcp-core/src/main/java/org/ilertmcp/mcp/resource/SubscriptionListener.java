package org.ilertmcp.mcp.resource;

import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.RequestContext;

/**
 * Told when a session subscribes to or unsubscribes from a resource, and when a session ends, so an
 * application can watch the underlying objects and call {@link McpSession#notifyResourceUpdated}.
 */
public interface SubscriptionListener {
  void subscribed(McpSession session, String uri, RequestContext context);

  void unsubscribed(McpSession session, String uri);

  void sessionClosed(McpSession session);

  /** A listener that only records subscriptions (the session keeps the set). */
  SubscriptionListener NONE =
      new SubscriptionListener() {
        @Override
        public void subscribed(McpSession session, String uri, RequestContext context) {}

        @Override
        public void unsubscribed(McpSession session, String uri) {}

        @Override
        public void sessionClosed(McpSession session) {}
      };
}
