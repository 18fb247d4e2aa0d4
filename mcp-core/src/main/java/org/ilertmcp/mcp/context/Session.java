package org.ilertmcp.mcp.context;

import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a handler may know about the client it serves: the revision it speaks, its capabilities, its
 * log level and resource subscriptions. A read-only view; the dispatcher owns the state behind it.
 * Bound to a hash of the credential that opened it; the credential itself is never kept.
 */
public interface Session {

  /** The session id sent to the client, or empty when the transport has none. */
  Optional<String> id();

  /** SHA-256 of the credential that opened the session, hex-encoded. */
  String credentialHash();

  /** The protocol revision the client speaks. */
  String protocolVersion();

  /** The capabilities the client declared (an empty object when it declared none). */
  ObjectNode clientCapabilities();

  /** The client's name and version as it sent them (an empty object when it sent none). */
  ObjectNode clientInfo();

  /** The least severe level of log notifications the client wants. */
  LogLevel logLevel();

  /** Whether the session has ended. */
  boolean isClosed();

  /** The resource URIs the client subscribed to. */
  Set<String> subscriptions();

  boolean isSubscribed(String uri);

  /** Sends {@code notifications/resources/updated} if this session subscribed to {@code uri}. */
  void notifyResourceUpdated(String uri);

  /** Sends a message outside any request, by whatever path the transport offers. */
  void notify(ObjectNode message);
}
