package org.ilertmcp.emulator.fault;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.emulator.http.ApiHandler;
import org.ilertmcp.emulator.http.ApiResponse;

/** Applies a matched {@link FaultRule} to a Jetty exchange. */
public final class FaultInjector {
  private final ScheduledExecutorService scheduler;

  /** An injector that uses {@code scheduler} to end hanging requests. */
  public FaultInjector(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Applies the rule. Returns true when the exchange is handled (the API must not run), false for
   * latency, after which normal handling continues.
   */
  public boolean apply(FaultRule rule, Request request, Response response, Callback callback)
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
      default:
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        Content.Sink.write(response, true, "{\"id\": 1, \"summary\": \"trunc", callback);
        return true;
    }
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
    callback.failed(new org.eclipse.jetty.io.EofException("connection reset (injected fault)"));
  }
}
