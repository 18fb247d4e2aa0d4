package org.ilertmcp.mcp.resource;

import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;

/**
 * Told when a session subscribes to or unsubscribes from a resource, and when a session ends, so an
 * application can watch the underlying objects and call {@link Session#notifyResourceUpdated}.
 */
public interface SubscriptionListener {
  void subscribed(Session session, String uri, RequestContext context);

  void unsubscribed(Session session, String uri);

  void sessionClosed(Session session);

  /** A listener that only records subscriptions (the session keeps the set). */
  SubscriptionListener NONE =
      new SubscriptionListener() {
        @Override
        public void subscribed(Session session, String uri, RequestContext context) {}

        @Override
        public void unsubscribed(Session session, String uri) {}

        @Override
        public void sessionClosed(Session session) {}
      };
}
