package org.ilertmcp.emulator.fault;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.ApiHandler;
import org.ilertmcp.emulator.http.ApiResponse;

/**
 * The emulator's outermost Jetty handler: {@code /_emulator/**} goes to the admin API; everything
 * else first meets fault injection, then the wrapped handler chain (compression, then the ilert
 * API). Faults that spoil an answer on its way out ask the API for the answer directly, so they see
 * it uncompressed.
 */
public final class FaultingHandler extends Handler.Wrapper {
  private final ApiHandler api;
  private final Faults faults;
  private final FaultInjector injector;
  private final FaultAdmin admin;

  /**
   * @param api the ilert API, for faults that spoil its answer
   * @param chain the handler chain that serves {@code /api} normally (it ends in {@code api})
   * @param faults the rules
   * @param injector applies a matched rule
   */
  public FaultingHandler(ApiHandler api, Handler chain, Faults faults, FaultInjector injector) {
    super(chain);
    this.api = api;
    this.faults = faults;
    this.injector = injector;
    this.admin = new FaultAdmin(faults);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getDecodedPath();
    if (path.startsWith("/_emulator/")) {
      ApiResponse result;
      try {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        result = admin.handle(request.getMethod(), path, body);
      } catch (ApiException e) {
        result = ApiHandler.error(e.status(), e.code(), e.getMessage());
      }
      ApiHandler.write(request, response, callback, result);
      return true;
    }
    Optional<FaultRule> fault = faults.take(request.getMethod(), path);
    boolean api = path.equals("/api") || path.startsWith("/api/");
    if (fault.isPresent() && injector.apply(fault.get(), request, response, callback, this.api)) {
      return true;
    }
    if (!api) {
      ApiHandler.write(
          request,
          response,
          callback,
          ApiHandler.error(404, "NOT_FOUND", "no resource at " + path));
      return true;
    }
    return super.handle(request, response, callback);
  }
}
