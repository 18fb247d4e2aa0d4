package org.ilertmcp.client.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.http.Attempts;
import org.ilertmcp.client.http.Deadline;
import org.ilertmcp.client.http.ExchangeException;
import org.ilertmcp.client.http.Exchanges;
import org.ilertmcp.client.http.RetryAfter;
import org.ilertmcp.client.http.Sleeper;
import org.ilertmcp.client.http.WaitReason;
import org.ilertmcp.client.http.Waits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The client's one HTTP choke point: URL, headers, credentials, JSON, gzip, deadlines, the per-key
 * pacing, retries, body checks and error mapping all happen here and nowhere else. Internal to the
 * client; API classes use it, callers use the API classes.
 */
public final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "correlation-id", "x-correlation-id");

  /** Least time left for sending and reading after a wait for the pacing. */
  private static final Duration MIN_SEND_TIME = Duration.ofMillis(250);

  private static final int MAX_MESSAGE = 500;

  private final CompletableFuture<HttpClient> http;
  private final String baseUrl;
  private final String userAgent;
  private final Duration requestTimeout;
  private final Duration defaultCallTimeout;
  private final RetrySettings retry;
  private final KeyedRateLimiter limiter;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final RequestObserver observer;
  private final Sleeper sleeper;

  /**
   * @param http the shared JDK client, possibly still being made ({@link
   *     Exchanges#newClientInBackground}); its connect timeout applies
   * @param baseUrl the API base, e.g. {@code https://api.ilert.com/api}
   * @param userAgent the {@code User-Agent} value
   * @param requestTimeout longest wait for one response
   * @param defaultCallTimeout deadline of a call whose context has none
   * @param retry the retry settings
   * @param requestsPerMinute client-side limit per key; 0 disables it
   * @param mapper the JSON mapper
   * @param clock the clock deadlines are measured on
   * @param observer told of every exchange and of the pacing
   * @param sleeper how retry delays and pacing waits pass
   */
  public Transport(
      CompletableFuture<HttpClient> http,
      URI baseUrl,
      String userAgent,
      Duration requestTimeout,
      Duration defaultCallTimeout,
      RetrySettings retry,
      int requestsPerMinute,
      ObjectMapper mapper,
      Clock clock,
      RequestObserver observer,
      Sleeper sleeper) {
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
    this.sleeper = sleeper;
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
   * @return the body, or null for {@code 204 No Content}
   * @throws IlertApiException of kind {@link ErrorKind#MALFORMED_RESPONSE} for any other empty,
   *     cut-off or unreadable body
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
   * @return the entries; empty for {@code 204 No Content}
   * @throws IlertApiException of kind {@link ErrorKind#MALFORMED_RESPONSE} for any other empty,
   *     cut-off or unreadable body
   */
  public <T> List<T> callList(CallContext ctx, ApiRequest request, Class<T> type) {
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
    List<T> list = read(send(ctx, request), listType, request);
    return list == null ? List.of() : list;
  }

  /**
   * Reads a response body where one is expected: only {@code 204 No Content} may be empty. An empty
   * body with another status, the JSON {@code null}, or JSON of another shape is a malformed
   * response, never a success with nothing in it.
   *
   * @param response the response
   * @param type the target type
   * @param request the request, for error messages
   * @param <T> the target type
   * @return the value, or null for 204
   */
  public <T> T read(ApiResponse response, JavaType type, ApiRequest request) {
    if (response.isEmpty()) {
      if (response.status() == 204) {
        return null;
      }
      throw malformed(response, "empty body where " + expected(type) + " was expected", request);
    }
    T value = readOptional(response, type, request);
    if (value == null) {
      throw malformed(response, "null body where " + expected(type) + " was expected", request);
    }
    return value;
  }

  /**
   * Reads a response body that may be empty (the raw API passes whatever ilert answered).
   *
   * @param response the response
   * @param type the target type
   * @param request the request, for error messages
   * @param <T> the target type
   * @return the value, or null for an empty body
   */
  public <T> T readOptional(ApiResponse response, JavaType type, ApiRequest request) {
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
          "response body is not the expected JSON (" + expected(type) + ")",
          requestId(response.headers()),
          null,
          false,
          request.operation(),
          e);
    }
  }

  private static String expected(JavaType type) {
    return type.isCollectionLikeType()
        ? "a list of " + type.getContentType().getRawClass().getSimpleName()
        : "a " + type.getRawClass().getSimpleName();
  }

  private static IlertApiException malformed(
      ApiResponse response, String message, ApiRequest request) {
    return new IlertApiException(
        ErrorKind.MALFORMED_RESPONSE,
        response.status(),
        null,
        message,
        requestId(response.headers()),
        null,
        false,
        request.operation(),
        null);
  }

  /**
   * Sends a request through the per-key pacing and the retry rules, inside the call's deadline: at
   * most {@link Attempts#MAX_ATTEMPTS} requests reach ilert, each retry is taken from the context's
   * {@link org.ilertmcp.client.RetryBudget} when it has one (so all requests of one call share
   * their retries), and the call ends by its deadline whatever ilert does.
   *
   * @param ctx the caller's context
   * @param request the request
   * @return the 2xx response
   * @throws IlertApiException on any failure
   */
  public ApiResponse send(CallContext ctx, ApiRequest request) {
    Deadline deadline =
        new Deadline(
            ctx.deadline() != null ? ctx.deadline() : clock.instant().plus(defaultCallTimeout),
            clock);
    AtomicInteger attempts = new AtomicInteger();
    return Attempts.run(
        retry.maxRetries() + 1,
        deadline,
        sleeper,
        ctx.waitListener(),
        IlertApiException.class,
        (failure, attempt) -> {
          if (!RetryRules.shouldRetry(request, failure)) {
            return Optional.empty();
          }
          Duration delay = RetryRules.delay(retry, attempt, failure);
          if (!deadline.allows(delay.plus(Attempts.MIN_ATTEMPT_TIME))
              || (ctx.retryBudget() != null && !ctx.retryBudget().take())) {
            return Optional.empty();
          }
          LOG.debug(
              "retrying {} for key {} after {}",
              request.operation(),
              ctx.keyFingerprint(),
              failure.kind());
          return Optional.of(delay);
        },
        () -> attempt(ctx, request, deadline, attempts.incrementAndGet()));
  }

  private ApiResponse attempt(CallContext ctx, ApiRequest request, Deadline deadline, int attempt) {
    String op = request.operation();
    ensureTimeLeft(deadline, op);
    boolean authenticated = request.authenticated() && ctx.authorization() != null;
    if (authenticated) {
      pace(ctx, deadline, op);
      ensureTimeLeft(deadline, op);
    }
    Duration timeout = max(min(requestTimeout, deadline.remaining()), Duration.ofMillis(1));
    HttpRequest httpRequest = toHttp(ctx, request, authenticated, timeout);
    long started = System.nanoTime();
    HttpResponse<byte[]> response = null;
    try {
      response =
          Exchanges.send(
              Exchanges.ready(http, deadline), httpRequest, deadline, ctx.waitListener());
    } catch (ExchangeException e) {
      throw failure(e, timeout, op);
    } finally {
      observer.exchanged(
          request.method(),
          request.path(),
          response == null ? 0 : response.statusCode(),
          attempt,
          Duration.ofNanos(System.nanoTime() - started));
    }
    int status = response.statusCode();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "ilert {} -> {} in {} ms (key {})",
          op,
          status,
          (System.nanoTime() - started) / 1_000_000,
          ctx.keyFingerprint());
    }
    if (status >= 200 && status < 300) {
      return new ApiResponse(status, response.headers(), decode(response, op));
    }
    throw errorFrom(response, op);
  }

  private static IlertApiException failure(ExchangeException e, Duration timeout, String op) {
    return switch (e.kind()) {
      case NOT_CONNECTED ->
          e.getCause() instanceof HttpConnectTimeoutException
              ? failure(ErrorKind.TIMEOUT, "connect timeout", true, op, e)
              : failure(ErrorKind.NETWORK, "connection failed", true, op, e);
      case TIMED_OUT ->
          failure(
              ErrorKind.TIMEOUT,
              e.getCause() == null
                  ? e.getMessage()
                  : "no response within " + timeout.toMillis() + " ms",
              false,
              op,
              e);
      case TRUNCATED ->
          new IlertApiException(
              ErrorKind.MALFORMED_RESPONSE,
              e.status(),
              null,
              "the response body was cut off",
              null,
              null,
              false,
              op,
              e);
      case BROKEN -> failure(ErrorKind.NETWORK, e.getMessage(), false, op, e);
      case INTERRUPTED -> failure(ErrorKind.NETWORK, "interrupted", false, op, e);
    };
  }

  private void ensureTimeLeft(Deadline deadline, String op) {
    if (!deadline.allows(Duration.ofMillis(1))) {
      throw failure(ErrorKind.TIMEOUT, "call deadline passed before sending", true, op, null);
    }
  }

  /**
   * Waits for this key's next permit of the client-side pacing, or refuses at once when it would
   * not come with time left to send before the deadline. The wait is reported to the context's
   * listener.
   */
  private void pace(CallContext ctx, Deadline deadline, String op) {
    Duration maxWait = deadline.remaining().minus(MIN_SEND_TIME);
    Duration wait = limiter.reserve(ctx.keyFingerprint(), maxWait);
    if (wait == null) {
      observer.refused();
      throw new IlertApiException(
          ErrorKind.RATE_LIMITED,
          0,
          null,
          "this server paces each API key to "
              + limiter.perMinute()
              + " requests per minute (ilert's limit) and cannot send this request before the"
              + " call's deadline",
          null,
          max(KeyedRateLimiter.WINDOW, maxWait),
          true,
          op,
          null);
    }
    if (wait.compareTo(Duration.ofMillis(1)) >= 0) {
      observer.paced(wait);
    }
    try {
      Waits.sleep(sleeper, wait, WaitReason.PACING, ctx.waitListener());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(ErrorKind.NETWORK, "interrupted while paced", true, op, e);
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
        RetryAfter.parse(response.headers(), clock),
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
