package org.ilertmcp.mcp.transport.http;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.ProtocolVersions;

/**
 * The live sessions of the HTTP transport (session mode), and in stateless mode a bounded cache of
 * per-credential client state (log level, capabilities) that never reaches the wire as an id.
 */
final class HttpSessions {
  private final HttpTransportConfig config;
  private final McpServer server;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final AtomicInteger count = new AtomicInteger();
  private final Map<String, ClientState> clientStates;

  /**
   * Stateless mode: what is kept per credential. With no standalone stream, messages outside a
   * request (resource updates) go out on the newest request stream the client has open.
   */
  record ClientState(McpSession mcp, Deque<PostExchange> openExchanges) {
    static ClientState create(String credentialHash) {
      Deque<PostExchange> open = new ConcurrentLinkedDeque<>();
      McpSession mcp = new McpSession(null, credentialHash, ProtocolVersions.HTTP_DEFAULT);
      mcp.notifier(
          message -> {
            PostExchange newest = open.peekLast();
            if (newest != null) {
              newest.send(message);
            }
          });
      return new ClientState(mcp, open);
    }
  }

  private final HttpObserver observer;

  HttpSessions(HttpTransportConfig config, McpServer server, HttpObserver observer) {
    this.config = config;
    this.server = server;
    this.observer = observer;
    int cap = config.maxSessions();
    this.clientStates =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ClientState> eldest) {
            return size() > cap;
          }
        };
  }

  /** Opens a session for a credential, or returns {@code null} when the limit is reached. */
  HttpSession open(String credentialHash) {
    if (count.incrementAndGet() > config.maxSessions()) {
      count.decrementAndGet();
      return null;
    }
    String id = newId();
    McpSession mcp = new McpSession(id, credentialHash, ProtocolVersions.HTTP_DEFAULT);
    HttpSession session =
        new HttpSession(mcp, config.replayBufferEvents(), config.sseRetry().toMillis());
    sessions.put(id, session);
    server.sessionOpened(mcp);
    observer.sessionOpened();
    return session;
  }

  HttpSession get(String id) {
    return id == null ? null : sessions.get(id);
  }

  void close(HttpSession session) {
    String id = session.mcp().id().orElseThrow();
    if (sessions.remove(id) != null) {
      count.decrementAndGet();
      session.closeAll();
      server.sessionClosed(session.mcp());
      observer.sessionClosed(Duration.ofNanos(System.nanoTime() - session.openedNanos()));
    }
  }

  /** Stateless mode: the client state kept for a credential. */
  ClientState clientState(String credentialHash) {
    synchronized (clientStates) {
      return clientStates.computeIfAbsent(credentialHash, ClientState::create);
    }
  }

  int size() {
    return sessions.size();
  }

  /** Ends sessions idle for longer than the configured timeout and without an open stream. */
  void expireIdle() {
    long limit = config.sessionIdleTimeout().toNanos();
    long now = System.nanoTime();
    for (HttpSession session : sessions.values()) {
      if (session.hasOpenStandalone()) {
        session.mcp().touch();
      } else if (now - session.mcp().lastActivityNanos() > limit) {
        close(session);
      }
    }
  }

  void keepAlive() {
    sessions.values().forEach(session -> session.standalone().keepAlive());
  }

  void closeAll() {
    sessions.values().forEach(this::close);
  }

  private String newId() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return config.sessionRoute().isEmpty() ? id : config.sessionRoute() + "." + id;
  }
}
