package org.ilertmcp.client.core;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.RetrySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The client's one HTTP choke point: URL, headers, credentials, JSON, gzip, timeouts, the per-key
 * limiter, retries and error mapping all happen here and nowhere else. Internal to the client; API
 * classes use it, callers use the API classes.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "correlation-id", "x-correlation-id");
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

  /** Least time worth starting another attempt with. */
  private static final Duration MIN_ATTEMPT_TIME = Duration.ofMillis(50);

  private static final int MAX_MESSAGE = 500;

  private final HttpClient http;
  private final String baseUrl;
  private final String userAgent;
  private final Duration requestTimeout;
  private final Duration defaultCallTimeout;
  private final RetrySettings retry;
  private final KeyedRateLimiter limiter;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final RequestObserver observer;

  /**
   * @param http the shared JDK client (its connect timeout applies)
   * @param baseUrl the API base, e.g. {@code https://api.ilert.com/api}
   * @param userAgent the {@code User-Agent} value
   * @param requestTimeout longest wait for one response
   * @param defaultCallTimeout deadline of a call whose context has none
   * @param retry the retry settings
   * @param requestsPerMinute client-side limit per key; 0 disables it
   * @param mapper the JSON mapper
   * @param clock the clock deadlines are measured on
   * @param observer told of every exchange and of the pacing
   */
  public Transport(
      HttpClient http,
      URI baseUrl,
      String userAgent,
      Duration requestTimeout,
      Duration defaultCallTimeout,
      RetrySettings retry,
      int requestsPerMinute,
      ObjectMapper mapper,
      Clock clock,
      RequestObserver observer) {
    this.http = http;
    this.observer = observer;
    String base = baseUrl.toString();
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.userAgent = userAgent;
    this.requestTimeout = requestTimeout;
    this.defaultCallTimeout = defaultCallTimeout;
    this.retry = retry;
    this.limiter = new KeyedRateLimiter(requestsPerMinute);
    this.mapper = mapper;
    this.clock = clock;
  }

  /**
   * @return the JSON mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Sends a request and reads the body as {@code type}.
   *
   * @param ctx the caller's context
   * @param request the request
   * @param type the body type
   * @param <T> the body type
   * @return the body, or null for an empty body (e.g. 204)
   */
  public <T> T call(CallContext ctx, ApiRequest request, Class<T> type) {
    return read(send(ctx, request), mapper.constructType(type), request);
  }

  /**
   * Sends a request and reads the body as a JSON array of {@code type}.
   *
   * @param ctx the caller's context
   * @param request the request
   * @param type the element type
   * @param <T> the element type
   * @return the entries; empty for an empty body
   */
  public <T> List<T> callList(CallContext ctx, ApiRequest request, Class<T> type) {
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    List<T> list = read(send(ctx, request), listType, request);
    return list == null ? List.of() : list;
  }

  /**
   * Reads a response body.
   *
   * @param response the response
   * @param type the target type
   * @param request the request, for error messages
   * @param <T> the target type
   * @return the value, or null for an empty body
   */
  public <T> T read(ApiResponse response, JavaType type, ApiRequest request) {
    if (response.isEmpty()) {
      return null;
    }
    try {
      return mapper.readValue(response.body(), type);
    } catch (JacksonException e) {
      throw new IlertApiException(
          ErrorKind.MALFORMED_RESPONSE,
          response.status(),
          null,
          "response body is not the expected JSON (" + type.getRawClass().getSimpleName() + ")",
          requestId(response.headers()),
          null,
          false,
          request.operation(),
          e);
    }
  }

  /**
   * Sends a request through the limiter and the retry policy, inside the call's deadline.
   *
   * @param ctx the caller's context
   * @param request the request
   * @return the 2xx response
   * @throws IlertApiException on any failure
   */
  public ApiResponse send(CallContext ctx, ApiRequest request) {
    Instant deadline =
        ctx.deadline() != null ? ctx.deadline() : clock.instant().plus(defaultCallTimeout);
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<Duration> nextDelay = new AtomicReference<>(Duration.ZERO);
    RetryPolicy<ApiResponse> policy =
        RetryPolicy.<ApiResponse>builder()
            .handleIf(
                failure -> {
                  if (!(failure instanceof IlertApiException)
                      || Thread.currentThread().isInterrupted()) {
                    return false;
                  }
                  IlertApiException e = (IlertApiException) failure;
                  if (!RetryRules.shouldRetry(request, e)) {
                    return false;
                  }
                  Duration delay = RetryRules.delay(retry, attempts.get(), e);
                  if (remaining(deadline).compareTo(delay.plus(MIN_ATTEMPT_TIME)) <= 0) {
                    return false; // no time left for the wait and another attempt
                  }
                  nextDelay.set(delay);
                  return true;
                })
            .withMaxRetries(retry.maxRetries())
            .withDelayFn(ec -> nextDelay.get())
            .onRetry(
                ev ->
                    LOG.debug(
                        "retrying {} for key {} after {}",
                        request.operation(),
                        ctx.keyFingerprint(),
                        ev.getLastException() == null
                            ? "?"
                            : ((IlertApiException) ev.getLastException()).kind()))
            .build();
    return Failsafe.with(policy)
        .get(
            () -> {
              return attempt(ctx, request, deadline, attempts.incrementAndGet());
            });
  }

  private ApiResponse attempt(CallContext ctx, ApiRequest request, Instant deadline, int attempt) {
    String op = request.operation();
    ensureTimeLeft(deadline, op);
    boolean authenticated = request.authenticated() && ctx.authorization() != null;
    if (authenticated) {
      admit(ctx, deadline, op);
      ensureTimeLeft(deadline, op);
    }
    Duration timeout = max(min(requestTimeout, remaining(deadline)), Duration.ofMillis(1));
    HttpRequest httpRequest = toHttp(ctx, request, authenticated, timeout);
    long started = System.nanoTime();
    HttpResponse<byte[]> response = null;
    try {
      response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw failure(ErrorKind.TIMEOUT, "connect timeout", true, op, e);
    } catch (HttpTimeoutException e) {
      throw failure(
          ErrorKind.TIMEOUT, "no response within " + timeout.toMillis() + " ms", false, op, e);
    } catch (ConnectException e) {
      throw failure(ErrorKind.NETWORK, "connection failed", true, op, e);
    } catch (IOException e) {
      throw failure(
          ErrorKind.NETWORK, "I/O failure: " + e.getClass().getSimpleName(), false, op, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(ErrorKind.NETWORK, "interrupted", false, op, e);
    } finally {
      observer.exchanged(
          request.method(),
          request.path(),
          response == null ? 0 : response.statusCode(),
          attempt,
          Duration.ofNanos(System.nanoTime() - started));
    }
    int status = response.statusCode();
    LOG.debug(
        "ilert {} -> {} in {} ms (key {})",
        op,
        status,
        (System.nanoTime() - started) / 1_000_000,
        ctx.keyFingerprint());
    if (status >= 200 && status < 300) {
      return new ApiResponse(status, response.headers(), decode(response, op));
    }
    throw errorFrom(response, op);
  }

  private void ensureTimeLeft(Instant deadline, String op) {
    if (remaining(deadline).compareTo(Duration.ofMillis(1)) < 0) {
      throw failure(ErrorKind.TIMEOUT, "call deadline passed before sending", true, op, null);
    }
  }

  private void admit(CallContext ctx, Instant deadline, String op) {
    boolean admitted;
    long queued = System.nanoTime();
    try {
      admitted = limiter.acquire(ctx.keyFingerprint(), remaining(deadline));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(ErrorKind.NETWORK, "interrupted while queued", true, op, e);
    }
    Duration waited = Duration.ofNanos(System.nanoTime() - queued);
    if (admitted && waited.compareTo(Duration.ofMillis(1)) >= 0) {
      observer.paced(waited);
    }
    if (!admitted) {
      observer.refused();
      throw failure(
          ErrorKind.RATE_LIMITED,
          "client-side limit of "
              + limiter.perMinute()
              + " requests/minute for this key cannot admit the call before its deadline",
          true,
          op,
          null);
    }
  }

  private HttpRequest toHttp(
      CallContext ctx, ApiRequest request, boolean authenticated, Duration timeout) {
    String query = request.queryString();
    URI uri = URI.create(baseUrl + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/json")
            .header("Accept-Encoding", "gzip")
            .header("User-Agent", userAgent);
    if (authenticated) {
      b.header("Authorization", ctx.authorization());
      if (ctx.teamContext() != null) {
        b.header("team-context", ctx.teamContext());
      }
    }
    request.headers().forEach(b::header);
    if (request.body() != null) {
      b.header("Content-Type", "application/json");
      b.method(
          request.method(),
          HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(request.body())));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    return b.build();
  }

  private byte[] decode(HttpResponse<byte[]> response, String op) {
    byte[] body = response.body() == null ? new byte[0] : response.body();
    boolean gzip =
        response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
    if (!gzip || body.length == 0) {
      return body;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IlertApiException(
          ErrorKind.MALFORMED_RESPONSE,
          response.statusCode(),
          null,
          "corrupt gzip body",
          requestId(response.headers()),
          null,
          false,
          op,
          e);
    }
  }

  private IlertApiException errorFrom(HttpResponse<byte[]> response, String op) {
    int status = response.statusCode();
    String code = null;
    String message = null;
    byte[] body;
    try {
      body = decode(response, op);
    } catch (IlertApiException e) {
      body = new byte[0];
    }
    if (body.length > 0) {
      try {
        JsonNode node = mapper.readTree(body);
        if (node != null && node.isObject()) {
          code = text(node, "code");
          message = text(node, "message");
        }
      } catch (JacksonException e) {
        message = "non-JSON error body"; // gateways and WAFs answer with HTML
      }
    }
    if (message != null && message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "…";
    }
    return new IlertApiException(
        ErrorKind.ofStatus(status),
        status,
        code,
        message,
        requestId(response.headers()),
        retryAfter(response.headers()),
        false,
        op,
        null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asString();
  }

  private static String requestId(HttpHeaders headers) {
    for (String name : REQUEST_ID_HEADERS) {
      var v = headers.firstValue(name);
      if (v.isPresent()) {
        return v.get();
      }
    }
    return null;
  }

  /**
   * Parses {@code Retry-After} as seconds or an HTTP date, capped at five minutes.
   *
   * @param headers the response headers
   * @return the delay, or null when absent or unreadable
   */
  static Duration retryAfter(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").orElse(null);
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        d = Duration.between(Instant.now(), at.toInstant());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return min(d, MAX_RETRY_AFTER);
  }

  private Duration remaining(Instant deadline) {
    Duration d = Duration.between(clock.instant(), deadline);
    return d.isNegative() ? Duration.ZERO : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static IlertApiException failure(
      ErrorKind kind, String message, boolean notSent, String op, Throwable cause) {
    return new IlertApiException(kind, 0, null, message, null, null, notSent, op, cause);
  }
}
