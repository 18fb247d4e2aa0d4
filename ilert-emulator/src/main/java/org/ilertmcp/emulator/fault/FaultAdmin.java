package org.ilertmcp.emulator.fault;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator-only admin API at {@code /_emulator/faults} (outside {@code /api}, no key): {@code
 * GET} lists rules, {@code POST} adds one, {@code DELETE} clears all, {@code DELETE
 * /_emulator/faults/{id}} removes one.
 *
 * <p>POST body: {@code {"path": "/api/alerts/**", "kind": "RATE_LIMIT", "method": "GET", "times":
 * 3, "delayMs": 0, "status": 503, "retryAfterSeconds": 2}}; only path and kind are required; kinds
 * are the {@link FaultKind} names, also written in kebab case ({@code empty-body}). A listed rule
 * carries {@code hits}, the requests it has hit so far.
 */
public final class FaultAdmin {
  private final Faults faults;

  /** The admin API over {@code faults}. */
  public FaultAdmin(Faults faults) {
    this.faults = faults;
  }

  /** Handles a request below /_emulator; {@code body} may be empty. */
  public ApiResponse handle(String method, String path, String body) {
    if (path.equals("/_emulator/health") && method.equals("GET")) {
      return ApiResponse.ok(Json.object().put("status", "UP"));
    }
    if (path.equals("/_emulator/faults")) {
      switch (method) {
        case "GET":
          return ApiResponse.ok(Json.array(faults.list().stream().map(this::view).toList()));
        case "POST":
          return ApiResponse.of(201, view(faults.add(parse(Json.parse(body)))));
        case "DELETE":
          faults.clear();
          return ApiResponse.empty(204);
        default:
          throw new ApiException(405, "METHOD_NOT_ALLOWED", method + " not allowed");
      }
    }
    if (path.startsWith("/_emulator/faults/") && method.equals("DELETE")) {
      if (!faults.remove(path.substring("/_emulator/faults/".length()))) {
        throw ApiException.notFound("no such fault rule");
      }
      return ApiResponse.empty(204);
    }
    throw ApiException.notFound("no emulator admin resource at " + path);
  }

  private static FaultRule parse(JsonNode body) {
    String path = Json.required(body, "path");
    FaultKind kind;
    try {
      kind =
          FaultKind.valueOf(Json.required(body, "kind").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("kind must be one of " + Arrays.toString(FaultKind.values()));
    }
    int status = body.path("status").asInt(kind == FaultKind.SERVER_ERROR ? 503 : 0);
    Long retryAfter = Json.longValue(body, "retryAfterSeconds");
    try {
      return new FaultRule(
          null,
          Json.text(body, "method"),
          path,
          kind,
          body.path("times").asInt(-1),
          Duration.ofMillis(body.path("delayMs").asLong(0)),
          status,
          retryAfter == null ? null : retryAfter.intValue());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private ObjectNode view(FaultRule r) {
    ObjectNode n = Json.object().put("id", r.id());
    Json.put(n, "method", r.method());
    n.put("path", r.path())
        .put("kind", r.kind().name())
        .put("times", r.times())
        .put("delayMs", r.delay().toMillis())
        .put("status", r.status())
        .put("hits", faults.hits(r.id()));
    if (r.retryAfterSeconds() != null) {
      n.put("retryAfterSeconds", r.retryAfterSeconds());
    }
    return n;
  }
}
