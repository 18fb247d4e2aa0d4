package org.ilertmcp.mcp.transport.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the Streamable HTTP transport. Every limit has a production default; see {@link
 * #builder()}.
 *
 * @param path the single MCP endpoint path
 * @param stateless no sessions: no session ids, GET and DELETE answer 405
 * @param requireCredentials answer requests without a bearer {@code Authorization} with 401
 * @param maxBodyBytes largest accepted POST body (413 above)
 * @param maxSessions most concurrent sessions (503 with {@code Retry-After} for a new one above,
 *     unless a session that never finished opening can make room)
 * @param maxSessionsPerKey most concurrent sessions of one credential (429 above), so that one
 *     credential cannot take every session
 * @param maxConcurrentCalls most tool calls, resource reads and prompts served at once; one more
 *     gets a busy error at once instead of waiting in a queue
 * @param shutdownGrace on stop, how long requests still running may take to finish and deliver
 *     their answers; those still running then get an error saying whether they may have changed
 *     something
 * @param initTimeout a session whose client does not finish opening it ({@code
 *     notifications/initialized} or any later message) within this time ends
 * @param sessionIdleTimeout a session without requests or an open stream for this long ends
 * @param replayBufferEvents events kept per session for {@code Last-Event-ID} resumption
 * @param sseRetry the reconnection delay announced to clients in SSE priming events
 * @param keepAliveInterval how often an idle standalone SSE stream gets a comment line
 * @param livenessInterval how often a running 2026-07-28 request checks that its client is still
 *     there (an SSE comment line; the answer turns into a stream if it was not one yet), so that
 *     closing the stream cancels the request within about two intervals
 * @param allowedHosts extra {@code Host} names accepted besides loopback names; {@code "*"} = any
 * @param allowedOrigins extra {@code Origin} values accepted besides loopback origins; {@code "*"}
 *     = any
 * @param sessionRoute empty, or a name for this instance that starts every session id ({@code
 *     <route>.<random>}) so a proxy in front of several instances can send each session's requests
 *     to the instance that holds it; letters, digits and {@code -}, at most 63
 */
public record HttpTransportConfig(
    String path,
    boolean stateless,
    boolean requireCredentials,
    int maxBodyBytes,
    int maxSessions,
    int maxSessionsPerKey,
    int maxConcurrentCalls,
    Duration shutdownGrace,
    Duration initTimeout,
    Duration sessionIdleTimeout,
    int replayBufferEvents,
    Duration sseRetry,
    Duration keepAliveInterval,
    Duration livenessInterval,
    List<String> allowedHosts,
    List<String> allowedOrigins,
    String sessionRoute) {

  public HttpTransportConfig {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /");
    }
    if (maxBodyBytes < 1024
        || maxSessions < 1
        || maxSessionsPerKey < 1
        || maxConcurrentCalls < 1
        || replayBufferEvents < 0) {
      throw new IllegalArgumentException("limits must be positive (body at least 1 KiB)");
    }
    allowedHosts = List.copyOf(allowedHosts);
    allowedOrigins = List.copyOf(allowedOrigins);
    Objects.requireNonNull(sessionRoute, "sessionRoute");
    if (!sessionRoute.isEmpty() && !sessionRoute.matches("[A-Za-z0-9-]{1,63}")) {
      throw new IllegalArgumentException(
          "session route must be 1-63 letters, digits or '-', not '" + sessionRoute + "'");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .path(path)
        .stateless(stateless)
        .requireCredentials(requireCredentials)
        .maxBodyBytes(maxBodyBytes)
        .maxSessions(maxSessions)
        .maxSessionsPerKey(maxSessionsPerKey)
        .maxConcurrentCalls(maxConcurrentCalls)
        .shutdownGrace(shutdownGrace)
        .initTimeout(initTimeout)
        .sessionIdleTimeout(sessionIdleTimeout)
        .replayBufferEvents(replayBufferEvents)
        .sseRetry(sseRetry)
        .keepAliveInterval(keepAliveInterval)
        .livenessInterval(livenessInterval)
        .allowedHosts(allowedHosts)
        .allowedOrigins(allowedOrigins)
        .sessionRoute(sessionRoute);
  }

  /**
   * Defaults: {@code /mcp}, sessions, credentials required, 1 MiB bodies, 10,000 sessions, 100 per
   * credential, 10 s to finish opening one.
   */
  public static final class Builder {
    private String path = "/mcp";
    private boolean stateless;
    private boolean requireCredentials = true;
    private int maxBodyBytes = 1024 * 1024;
    private int maxSessions = 10_000;
    private int maxSessionsPerKey = 100;
    private int maxConcurrentCalls = 64;
    private Duration shutdownGrace = Duration.ofSeconds(20);
    private Duration initTimeout = Duration.ofSeconds(10);
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    private int replayBufferEvents = 256;
    private Duration sseRetry = Duration.ofSeconds(1);
    private Duration keepAliveInterval = Duration.ofSeconds(15);
    private Duration livenessInterval = Duration.ofSeconds(2);
    private List<String> allowedHosts = List.of();
    private List<String> allowedOrigins = List.of();
    private String sessionRoute = "";

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder stateless(boolean stateless) {
      this.stateless = stateless;
      return this;
    }

    public Builder requireCredentials(boolean require) {
      this.requireCredentials = require;
      return this;
    }

    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    public Builder maxSessions(int sessions) {
      this.maxSessions = sessions;
      return this;
    }

    public Builder maxSessionsPerKey(int sessions) {
      this.maxSessionsPerKey = sessions;
      return this;
    }

    public Builder maxConcurrentCalls(int calls) {
      this.maxConcurrentCalls = calls;
      return this;
    }

    public Builder shutdownGrace(Duration grace) {
      this.shutdownGrace = grace;
      return this;
    }

    public Builder initTimeout(Duration timeout) {
      this.initTimeout = timeout;
      return this;
    }

    public Builder sessionIdleTimeout(Duration timeout) {
      this.sessionIdleTimeout = timeout;
      return this;
    }

    public Builder replayBufferEvents(int events) {
      this.replayBufferEvents = events;
      return this;
    }

    public Builder sseRetry(Duration retry) {
      this.sseRetry = retry;
      return this;
    }

    public Builder keepAliveInterval(Duration interval) {
      this.keepAliveInterval = interval;
      return this;
    }

    public Builder livenessInterval(Duration interval) {
      this.livenessInterval = interval;
      return this;
    }

    public Builder allowedHosts(List<String> hosts) {
      this.allowedHosts = hosts;
      return this;
    }

    public Builder allowedOrigins(List<String> origins) {
      this.allowedOrigins = origins;
      return this;
    }

    /** A name for this instance that starts every session id; empty for none. */
    public Builder sessionRoute(String route) {
      this.sessionRoute = route;
      return this;
    }

    public HttpTransportConfig build() {
      return new HttpTransportConfig(
          path,
          stateless,
          requireCredentials,
          maxBodyBytes,
          maxSessions,
          maxSessionsPerKey,
          maxConcurrentCalls,
          shutdownGrace,
          initTimeout,
          sessionIdleTimeout,
          replayBufferEvents,
          sseRetry,
          keepAliveInterval,
          livenessInterval,
          allowedHosts,
          allowedOrigins,
          sessionRoute);
    }
  }
}
