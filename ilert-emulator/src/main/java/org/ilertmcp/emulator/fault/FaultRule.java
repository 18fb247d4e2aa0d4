package org.ilertmcp.emulator.fault;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One fault-injection rule: which requests it hits (optional method, path glob where {@code *}
 * matches within one segment and {@code **} across segments) and how often ({@code times}, -1 for
 * every matching request until removed).
 *
 * <pre>{@code
 * emu.faults().add(FaultRule.rateLimit("/api/alerts/**").times(3).retryAfter(2));
 * emu.faults().add(FaultRule.latency("/api/alerts", Duration.ofMillis(500)).method("GET"));
 * }</pre>
 *
 * @param id assigned by {@link Faults#add}; null before
 * @param method HTTP method or null for any
 * @param path path glob, e.g. {@code /api/alerts/*}
 * @param kind what happens
 * @param times how many more requests it hits, -1 = unlimited
 * @param delay latency / hang duration
 * @param status status for SERVER_ERROR (5xx)
 * @param retryAfterSeconds Retry-After for RATE_LIMIT, or null to omit it like ilert does
 */
public record FaultRule(
    String id,
    String method,
    String path,
    FaultKind kind,
    int times,
    Duration delay,
    int status,
    Integer retryAfterSeconds) {

  public FaultRule {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must be a glob starting with '/'");
    }
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (times == 0 || times < -1) {
      throw new IllegalArgumentException("times must be positive or -1 (unlimited)");
    }
    if (kind == FaultKind.SERVER_ERROR && (status < 500 || status > 599)) {
      throw new IllegalArgumentException("status must be a 5xx code");
    }
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    method = method == null ? null : method.toUpperCase(Locale.ROOT);
  }

  private static FaultRule of(String path, FaultKind kind, Duration delay, int status) {
    return new FaultRule(null, null, path, kind, -1, delay, status, null);
  }

  /** Adds {@code delay} before serving matching requests normally. */
  public static FaultRule latency(String path, Duration delay) {
    return of(path, FaultKind.LATENCY, delay, 0);
  }

  /** 429 responses (a "storm" until {@link #times} runs out or the rule is removed). */
  public static FaultRule rateLimit(String path) {
    return of(path, FaultKind.RATE_LIMIT, Duration.ZERO, 429);
  }

  /** 5xx responses with the given status. */
  public static FaultRule serverError(String path, int status) {
    return of(path, FaultKind.SERVER_ERROR, Duration.ZERO, status);
  }

  /** Connection resets. */
  public static FaultRule connectionReset(String path) {
    return of(path, FaultKind.CONNECTION_RESET, Duration.ZERO, 0);
  }

  /** Requests that hang (no response) for {@code hang}, then lose their connection. */
  public static FaultRule timeout(String path, Duration hang) {
    return of(path, FaultKind.TIMEOUT, hang, 0);
  }

  /** 200 responses whose body is not valid JSON. */
  public static FaultRule malformedBody(String path) {
    return of(path, FaultKind.MALFORMED_BODY, Duration.ZERO, 200);
  }

  /** Requests that are served (writes applied) and answered with an empty body. */
  public static FaultRule emptyBody(String path) {
    return of(path, FaultKind.EMPTY_BODY, Duration.ZERO, 0);
  }

  /** Requests that are served (writes applied) and whose answer breaks off mid-body. */
  public static FaultRule truncatedBody(String path) {
    return of(path, FaultKind.TRUNCATED_BODY, Duration.ZERO, 0);
  }

  /** Restricts the rule to one HTTP method. */
  public FaultRule method(String httpMethod) {
    return new FaultRule(id, httpMethod, path, kind, times, delay, status, retryAfterSeconds);
  }

  /** Hits only the next {@code n} matching requests. */
  public FaultRule times(int n) {
    return new FaultRule(id, method, path, kind, n, delay, status, retryAfterSeconds);
  }

  /** Sends {@code Retry-After: seconds} with 429s (ilert itself sends none). */
  public FaultRule retryAfter(int seconds) {
    return new FaultRule(id, method, path, kind, times, delay, status, seconds);
  }

  FaultRule withId(String newId) {
    return new FaultRule(newId, method, path, kind, times, delay, status, retryAfterSeconds);
  }

  FaultRule decremented() {
    return new FaultRule(id, method, path, kind, times - 1, delay, status, retryAfterSeconds);
  }

  /** Whether the rule applies to a request. */
  public boolean matches(String requestMethod, String requestPath) {
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    return glob(path).matcher(requestPath).matches();
  }

  private static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        boolean twin = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
        re.append(twin ? ".*" : "[^/]*");
        if (twin) {
          i++;
        }
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
