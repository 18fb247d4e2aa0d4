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
  private final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();
  private final Map<String, ClientState> clientStates;

  /**
   * Stateless mode: what is kept per credential. With no standalone stream, messages outside a
   * request (resource updates) go out on the newest request stream the client has open.
   */
  record ClientState(McpSession mcp, Deque<PostExchange> openExchanges) {
    static ClientState create(String credentialHash) {
      Deque<PostExchange> open = new ConcurrentLinkedDeque<>();
      McpSession mcp = new McpSession(null, credentialHash, ProtocolVersions.HTTP_DEFAULT, false);
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

  /** Why a session could not be opened. */
  enum Refusal {
    /** Every session is taken by clients that finished opening theirs. */
    FULL,
    /** The credential holds as many sessions as one may. */
    KEY_FULL
  }

  /** A new session, or why there is none. */
  record Opened(HttpSession session, Refusal refusal) {}

  /**
   * Opens a session for a credential. Past the global limit, the oldest session whose client never
   * finished opening it makes room; a credential past its own limit is refused.
   */
  Opened open(String credentialHash) {
    AtomicInteger ofKey = perKey.computeIfAbsent(credentialHash, k -> new AtomicInteger());
    if (ofKey.incrementAndGet() > config.maxSessionsPerKey()) {
      release(credentialHash);
      return new Opened(null, Refusal.KEY_FULL);
    }
    if (count.incrementAndGet() > config.maxSessions() && !evictUnestablished()) {
      count.decrementAndGet();
      release(credentialHash);
      return new Opened(null, Refusal.FULL);
    }
    String id = newId();
    McpSession mcp = new McpSession(id, credentialHash, ProtocolVersions.HTTP_DEFAULT);
    HttpSession session =
        new HttpSession(mcp, config.replayBufferEvents(), config.sseRetry().toMillis());
    sessions.put(id, session);
    server.sessionOpened(mcp);
    observer.sessionOpened();
    return new Opened(session, null);
  }

  /** Ends the oldest session that was never established; whether there was one. */
  private boolean evictUnestablished() {
    HttpSession oldest = null;
    for (HttpSession session : sessions.values()) {
      if (!session.established()
          && (oldest == null || session.openedNanos() < oldest.openedNanos())) {
        oldest = session;
      }
    }
    if (oldest == null) {
      return false;
    }
    close(oldest); // gives its place to the new session: the count stays
    count.incrementAndGet();
    return true;
  }

  private void release(String credentialHash) {
    perKey.computeIfPresent(credentialHash, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
  }

  HttpSession get(String id) {
    return id == null ? null : sessions.get(id);
  }

  void close(HttpSession session) {
    String id = session.mcp().id().orElseThrow();
    if (sessions.remove(id) != null) {
      count.decrementAndGet();
      release(session.mcp().credentialHash());
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

  /** Ends sessions whose client did not finish opening them within the configured time. */
  void expireUnestablished() {
    long limit = config.initTimeout().toNanos();
    long now = System.nanoTime();
    for (HttpSession session : sessions.values()) {
      if (!session.established() && now - session.openedNanos() > limit) {
        close(session);
      }
    }
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
