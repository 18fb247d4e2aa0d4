package org.ilertmcp.emulator.fault;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.emulator.http.ApiHandler;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;

/** Applies a matched {@link FaultRule} to a Jetty exchange. */
public final class FaultInjector {
  private final ScheduledExecutorService scheduler;

  /** An injector that uses {@code scheduler} to end hanging requests. */
  public FaultInjector(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Applies the rule. Returns true when the exchange is handled (the API must not run again), false
   * for latency, after which normal handling continues. Faults that spoil the answer get it from
   * {@code api}, so the request is served (a write is applied) first.
   */
  public boolean apply(
      FaultRule rule, Request request, Response response, Callback callback, ApiHandler api)
      throws InterruptedException {
    switch (rule.kind()) {
      case LATENCY:
        Thread.sleep(rule.delay().toMillis());
        return false;
      case RATE_LIMIT:
        ApiResponse limited =
            ApiHandler.error(429, "TOO_MANY_REQUESTS", "rate limit exceeded (injected fault)");
        if (rule.retryAfterSeconds() != null) {
          limited = limited.header("Retry-After", Integer.toString(rule.retryAfterSeconds()));
        }
        ApiHandler.write(request, response, callback, limited);
        return true;
      case SERVER_ERROR:
        ApiHandler.write(
            request,
            response,
            callback,
            ApiHandler.error(rule.status(), "ERROR", "server error (injected fault)"));
        return true;
      case CONNECTION_RESET:
        reset(request, callback);
        return true;
      case TIMEOUT:
        long millis =
            rule.delay().isZero() ? TimeUnit.MINUTES.toMillis(5) : rule.delay().toMillis();
        scheduler.schedule(() -> reset(request, callback), millis, TimeUnit.MILLISECONDS);
        return true;
      case EMPTY_BODY:
        ApiResponse served = api.respond(request);
        ApiHandler.write(
            request,
            response,
            callback,
            new ApiResponse(served.status(), null, served.headers()).header("Content-Length", "0"));
        return true;
      case TRUNCATED_BODY:
        truncate(api.respond(request), request, response, callback);
        return true;
      default:
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        Content.Sink.write(response, true, "{\"id\": 1, \"summary\": \"trunc", callback);
        return true;
    }
  }

  /** Sends the status, the headers and half the body of {@code served}, then drops the line. */
  private static void truncate(
      ApiResponse served, Request request, Response response, Callback callback) {
    byte[] body =
        (served.body() == null ? "{}" : Json.write(served.body())).getBytes(StandardCharsets.UTF_8);
    response.setStatus(served.status());
    served.headers().forEach((k, v) -> response.getHeaders().put(k, v));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(
        false,
        ByteBuffer.wrap(body, 0, body.length / 2),
        Callback.from(() -> reset(request, callback), callback::failed));
  }

  /** Closes the TCP connection with SO_LINGER 0, so the client sees a reset, not a response. */
  private static void reset(Request request, Callback callback) {
    EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    Object transport = endPoint.getTransport();
    if (transport instanceof NetworkChannel) {
      try {
        ((NetworkChannel) transport).setOption(StandardSocketOptions.SO_LINGER, 0);
      } catch (IOException | UnsupportedOperationException ignored) {
        // the close below still drops the connection, just with a FIN instead of a RST
      }
    }
    endPoint.close();
    callback.failed(new EofException("connection reset (injected fault)"));
  }
}
