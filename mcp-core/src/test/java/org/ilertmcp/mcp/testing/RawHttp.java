package org.ilertmcp.mcp.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;

/** A byte-level HTTP client for protocol edge tests: exact headers in, exact status out. */
public final class RawHttp {
  public static final String ACCEPT_BOTH = "application/json, text/event-stream";
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI url;

  public RawHttp(URI url) {
    this.url = url;
  }

  /** A POST with JSON content type, both Accept types and the given extra headers. */
  public HttpResponse<String> post(String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Content-Type", "application/json");
    all.put("Accept", ACCEPT_BOTH);
    all.putAll(headers);
    return send("POST", body, all);
  }

  public HttpResponse<String> send(String method, String body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Initializes a session and sends notifications/initialized; returns the session id. */
  public String initialize(Map<String, String> headers) throws IOException, InterruptedException {
    HttpResponse<String> init =
        post(
            "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
            headers);
    if (init.statusCode() != 200) {
      throw new IllegalStateException("initialize failed: " + init.statusCode() + init.body());
    }
    String session = init.headers().firstValue("Mcp-Session-Id").orElse(null);
    Map<String, String> next = new LinkedHashMap<>(headers);
    if (session != null) {
      next.put("Mcp-Session-Id", session);
    }
    next.put("MCP-Protocol-Version", "2025-11-25");
    post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", next);
    return session;
  }

  /** The JSON-RPC message of a response body: plain JSON, or the last data line of an SSE body. */
  public static JsonNode message(HttpResponse<String> response) {
    String body = response.body();
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/event-stream")) {
      String last = null;
      for (String line : body.split("\n")) {
        if (line.startsWith("data: ") && line.length() > 6) {
          last = line.substring(6);
        }
      }
      return last == null ? null : Json.parse(last);
    }
    return Json.parse(body);
  }
}
