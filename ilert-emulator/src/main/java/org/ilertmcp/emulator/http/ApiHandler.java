package org.ilertmcp.emulator.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.EscalationEngine;
import org.ilertmcp.emulator.engine.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code /api/**}: routing, authentication, role checks, ilert error bodies. The endpoint
 * runs under the store lock after escalation has caught up with the clock, so every read sees
 * time-driven state (escalations) as of "now".
 */
public final class ApiHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
  private static final String PREFIX = "/api";

  private final Router router;
  private final Store store;
  private final EscalationEngine escalation;
  private final Clock clock;
  private final KeyRateLimiter limiter;

  /** A handler dispatching through {@code router}; {@code limiter} counts requests per key. */
  public ApiHandler(
      Router router,
      Store store,
      EscalationEngine escalation,
      Clock clock,
      KeyRateLimiter limiter) {
    this.router = router;
    this.store = store;
    this.escalation = escalation;
    this.clock = clock;
    this.limiter = limiter;
  }

  /** Handles a Jetty request whose path starts with /api. */
  public void handle(Request request, Response response, Callback callback) {
    write(request, response, callback, respond(request));
  }

  /**
   * Serves a request whose path starts with /api and returns the answer without writing it (a write
   * is applied all the same), for faults that spoil the answer on its way out.
   */
  public ApiResponse respond(Request request) {
    ApiResponse result;
    try {
      result = dispatch(request);
    } catch (java.io.IOException e) {
      result = error(400, "BAD_REQUEST", "the request body could not be read");
    } catch (ApiException e) {
      result = error(e.status(), e.code(), e.getMessage());
      if (e.status() == 401) {
        result = result.header("WWW-Authenticate", "Bearer");
      }
    } catch (RuntimeException e) {
      String correlation = UUID.randomUUID().toString();
      LOG.error("emulator bug, correlation id {}", correlation, e);
      result = error(500, "ERROR", "internal error, correlation id " + correlation);
    }
    return result;
  }

  private ApiResponse dispatch(Request request) throws java.io.IOException {
    // read the body before any refusal, so an early 4xx never leaves unread bytes on the
    // connection (which would make Jetty drop it under a keep-alive client)
    String body = Content.Source.asString(request, StandardCharsets.UTF_8);
    String method = request.getMethod();
    String path = request.getHttpURI().getDecodedPath();
    String relative = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "/";
    Router.Match match = router.find(method, relative);
    if (match == null) {
      if (router.pathKnown(relative)) {
        throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " is not allowed on " + path);
      }
      throw ApiException.notFound("no resource at " + path);
    }
    Route route = match.route();
    User caller = authenticate(request, route.access());
    Instant now = clock.instant();
    if (caller != null) {
      limiter.acquire(request.getHeaders().get(HttpHeader.AUTHORIZATION), now);
    }
    ApiRequest apiRequest =
        new ApiRequest(
            method,
            relative,
            match.params(),
            query(request),
            name -> request.getHeaders().get(name),
            body,
            caller,
            now);
    return store.locked(
        () -> {
          escalation.catchUp(now);
          return route.endpoint().handle(apiRequest);
        });
  }

  private User authenticate(Request request, Access access) {
    if (access == Access.INTEGRATION) {
      return null;
    }
    String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      throw new ApiException(401, "UNAUTHORIZED", "authentication required: send Bearer <API key>");
    }
    String key = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : "";
    User user =
        store
            .locked(() -> store.userByKey(key))
            .orElseThrow(() -> new ApiException(403, "KEY_ERROR", "invalid API key"));
    if (!access.allows(user.role())) {
      throw new ApiException(
          403, "PERMISSION_DENIED", "the role " + user.role() + " may not perform this operation");
    }
    return user;
  }

  private static Map<String, List<String>> query(Request request) {
    Fields fields = Request.extractQueryParameters(request);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Fields.Field f : fields) {
      out.put(f.getName(), f.getValues());
    }
    return out;
  }

  /** ilert's error body. */
  public static ApiResponse error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.put("status", status);
    body.put("message", message);
    body.put("code", code);
    return ApiResponse.of(status, body);
  }

  /** Writes a response (also used by the fault injector). */
  public static void write(
      Request request, Response response, Callback callback, ApiResponse result) {
    response.setStatus(result.status());
    result.headers().forEach((k, v) -> response.getHeaders().put(k, v));
    if (result.body() == null || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    Content.Sink.write(response, true, Json.write(result.body()), callback);
  }
}
