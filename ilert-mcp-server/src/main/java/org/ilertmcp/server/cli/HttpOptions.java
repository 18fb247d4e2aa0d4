package org.ilertmcp.server.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import picocli.CommandLine.Option;

/** Options of the Streamable HTTP endpoint. */
public final class HttpOptions {
  @Option(
      names = "--host",
      defaultValue = "${env:ILERT_HOST:-127.0.0.1}",
      description =
          "Interface to bind. Keep 127.0.0.1 unless behind a proxy; other hosts need"
              + " --allowed-hosts. Env ILERT_HOST. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "${env:ILERT_PORT:-8808}",
      description = "Port; 0 picks a free one. Env ILERT_PORT. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--path",
      defaultValue = "${env:ILERT_PATH:-/mcp}",
      description = "Endpoint path. Env ILERT_PATH. Default: ${DEFAULT-VALUE}.")
  String path;

  @Option(
      names = "--stateless",
      defaultValue = "${env:ILERT_STATELESS:-false}",
      description =
          "Serve without sessions (no session ids; GET and DELETE answer 405). Env"
              + " ILERT_STATELESS. Default: ${DEFAULT-VALUE}.")
  boolean stateless;

  @Option(
      names = "--allowed-hosts",
      split = ",",
      defaultValue = "${env:ILERT_ALLOWED_HOSTS:-}",
      description =
          "Host header names accepted besides localhost (DNS-rebinding protection); * accepts"
              + " any. Env ILERT_ALLOWED_HOSTS.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--allowed-origins",
      split = ",",
      defaultValue = "${env:ILERT_ALLOWED_ORIGINS:-}",
      description =
          "Origin values accepted besides localhost origins, e.g. https://app.example.com."
              + " Env ILERT_ALLOWED_ORIGINS.")
  List<String> allowedOrigins = new ArrayList<>();

  @Option(
      names = "--session-route",
      defaultValue = "${env:ILERT_SESSION_ROUTE:-}",
      description =
          "Name of this instance, put in front of every session id (<route>.<random>) so a proxy"
              + " in front of several instances in session mode can send each session to the one"
              + " that holds it (e.g. the pod name). Letters, digits, '-'. Env"
              + " ILERT_SESSION_ROUTE.")
  String sessionRoute;

  @Option(
      names = "--max-sessions",
      defaultValue = "${env:ILERT_MAX_SESSIONS:-10000}",
      description = "Most concurrent sessions. Env ILERT_MAX_SESSIONS. Default: ${DEFAULT-VALUE}.")
  int maxSessions;

  @Option(
      names = "--max-sessions-per-key",
      defaultValue = "${env:ILERT_MAX_SESSIONS_PER_KEY:-100}",
      description =
          "Most concurrent sessions of one API key, so one key cannot take them all. Env"
              + " ILERT_MAX_SESSIONS_PER_KEY. Default: ${DEFAULT-VALUE}.")
  int maxSessionsPerKey;

  @Option(
      names = "--max-concurrent-calls",
      defaultValue = "${env:ILERT_MAX_CONCURRENT_CALLS:-64}",
      description =
          "Most tool calls, resource reads and prompts served at once; one more is answered at"
              + " once with a busy error and a retry hint. Env ILERT_MAX_CONCURRENT_CALLS."
              + " Default: ${DEFAULT-VALUE}.")
  int maxConcurrentCalls;

  @Option(
      names = "--shutdown-grace-seconds",
      defaultValue = "${env:ILERT_SHUTDOWN_GRACE_SECONDS:-20}",
      description =
          "On SIGTERM, how long calls in flight may take to finish and deliver their answers;"
              + " those still running then get an error saying whether a write may have been"
              + " applied. Env ILERT_SHUTDOWN_GRACE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int shutdownGraceSeconds;

  @Option(
      names = "--session-idle-minutes",
      defaultValue = "${env:ILERT_SESSION_IDLE_MINUTES:-30}",
      description =
          "Minutes after which an idle session ends. Env ILERT_SESSION_IDLE_MINUTES."
              + " Default: ${DEFAULT-VALUE}.")
  int sessionIdleMinutes;

  @Option(
      names = "--max-body-bytes",
      defaultValue = "${env:ILERT_MAX_BODY_BYTES:-1048576}",
      description =
          "Largest accepted request body. Env ILERT_MAX_BODY_BYTES. Default: ${DEFAULT-VALUE}.")
  int maxBodyBytes;

  /**
   * Starts the listener on {@code --host}/{@code --port}; a port that cannot be bound ends in a
   * {@link PortUnavailableException} naming the ways to choose another.
   */
  <T> T listen(Callable<T> start) throws Exception {
    return PortUnavailableException.bind(host, port, "ILERT_PORT", start);
  }

  HttpTransportConfig transport() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    if (sessionIdleMinutes < 1) {
      throw new IllegalArgumentException("--session-idle-minutes must be at least 1");
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException("--max-sessions must be at least 1");
    }
    if (maxSessionsPerKey < 1) {
      throw new IllegalArgumentException("--max-sessions-per-key must be at least 1");
    }
    if (maxConcurrentCalls < 1 || maxConcurrentCalls > 4096) {
      throw new IllegalArgumentException("--max-concurrent-calls must be between 1 and 4096");
    }
    if (shutdownGraceSeconds < 0 || shutdownGraceSeconds > 600) {
      throw new IllegalArgumentException("--shutdown-grace-seconds must be between 0 and 600");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("--max-body-bytes must be at least 1024");
    }
    return HttpTransportConfig.builder()
        .path(path.startsWith("/") ? path : "/" + path)
        .stateless(stateless)
        .requireCredentials(true)
        .maxSessions(maxSessions)
        .maxSessionsPerKey(maxSessionsPerKey)
        .maxConcurrentCalls(maxConcurrentCalls)
        .shutdownGrace(Duration.ofSeconds(shutdownGraceSeconds))
        .sessionIdleTimeout(Duration.ofMinutes(sessionIdleMinutes))
        .maxBodyBytes(maxBodyBytes)
        .allowedHosts(clean(allowedHosts))
        .allowedOrigins(clean(allowedOrigins))
        .sessionRoute(sessionRoute.strip())
        .build();
  }

  private static List<String> clean(List<String> values) {
    return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
