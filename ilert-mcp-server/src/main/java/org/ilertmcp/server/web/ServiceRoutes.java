package org.ilertmcp.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.observe.Metrics;

/**
 * The routes beside the MCP endpoint, on the same port: the landing page at {@code /} with its two
 * assets, {@code /healthz} (the process serves), {@code /readyz} (send it traffic, or why not) and
 * {@code /metrics} (Prometheus text). None needs a key and none shows one. They are mounted after
 * the MCP endpoint, which keeps its own Origin and Host checks.
 */
public final class ServiceRoutes extends Handler.Abstract {
  /** Liveness: the process serves HTTP. */
  public static final String HEALTH = "/healthz";

  /** Readiness: not draining and ilert reachable; the reason when not. */
  public static final String READY = "/readyz";

  /** Prometheus text exposition. */
  public static final String METRICS = "/metrics";

  private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
  private static final String PAGE_POLICY =
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self';"
          + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final LandingPage page;
  private final String mcpPath;
  private final Readiness readiness;
  private final Metrics metrics;
  private final Map<String, Asset> assets;

  private record Asset(String type, byte[] body) {}

  /**
   * @param page the landing page, or null to serve none
   * @param mcpPath the MCP endpoint path the page links to
   * @param readiness what {@code /readyz} reports
   * @param metrics what {@code /metrics} exposes, or null when metrics are served elsewhere
   */
  public ServiceRoutes(LandingPage page, String mcpPath, Readiness readiness, Metrics metrics) {
    this.page = page;
    this.mcpPath = mcpPath;
    this.readiness = readiness;
    this.metrics = metrics;
    this.assets =
        Map.of(
            "/assets/landing.css", new Asset("text/css; charset=utf-8", resource("landing.css")),
            "/assets/copy.js", new Asset("text/javascript; charset=utf-8", resource("copy.js")),
            "/assets/icon.svg", new Asset("image/svg+xml", resource("icon.svg")));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    boolean known =
        switch (path) {
          case HEALTH, READY -> true;
          case METRICS -> metrics != null;
          case "/" -> page != null;
          default -> page != null && assets.containsKey(path);
        };
    if (!known) {
      return false;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      send(
          request,
          response,
          callback,
          405,
          "application/json",
          json(
              "error",
              "method not allowed: "
                  + path
                  + " takes GET only; MCP clients connect to "
                  + mcpPath
                  + "."));
      return true;
    }
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    switch (path) {
      case HEALTH ->
          send(request, response, callback, 200, "application/json", json("status", "ok"));
      case READY -> ready(request, response, callback);
      case METRICS -> {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(request, response, callback, 200, PROMETHEUS_TEXT, utf8(metrics.scrape()));
      }
      case "/" -> landing(request, response, callback);
      default -> {
        Asset asset = assets.get(path);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
        send(request, response, callback, 200, asset.type(), asset.body());
      }
    }
    return true;
  }

  private void ready(Request request, Response response, Callback callback) {
    Readiness.Status status = readiness.status();
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    var body = Json.object().put("status", status.ready() ? "ready" : "not_ready");
    body.put("reason", status.reason());
    send(
        request,
        response,
        callback,
        status.ready() ? 200 : 503,
        "application/json",
        Json.writeBytes(body));
  }

  private void landing(Request request, Response response, Callback callback) {
    response.getHeaders().put("Content-Security-Policy", PAGE_POLICY);
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    String html = page.render(mcpUrl(request));
    send(request, response, callback, 200, "text/html; charset=utf-8", utf8(html));
  }

  /** The endpoint URL as the browser reached this server, honouring a proxy's forwarded headers. */
  private URI mcpUrl(Request request) {
    String proto = request.getHeaders().get("X-Forwarded-Proto");
    String scheme =
        proto != null && proto.toLowerCase(Locale.ROOT).matches("https?")
            ? proto.toLowerCase(Locale.ROOT)
            : request.getHttpURI().getScheme();
    String forwardedHost = request.getHeaders().get("X-Forwarded-Host");
    String host = forwardedHost != null ? forwardedHost : request.getHeaders().get(HttpHeader.HOST);
    if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
      host = "localhost:" + Request.getLocalPort(request);
    }
    return URI.create(scheme + "://" + host + mcpPath);
  }

  private static void send(
      Request request, Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = request.getMethod().equals("HEAD");
    response.write(true, head ? null : ByteBuffer.wrap(body), callback);
  }

  private static byte[] json(String field, String value) {
    return Json.writeBytes(Json.object().put(field, value));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ServiceRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
