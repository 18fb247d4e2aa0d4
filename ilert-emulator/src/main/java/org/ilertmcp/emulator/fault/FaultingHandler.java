package org.ilertmcp.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.fault.FaultAdmin;
import org.ilertmcp.emulator.fault.FaultInjector;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.emulator.fault.Faults;

/**
 * The emulator's Jetty handler: {@code /_emulator/**} goes to the admin API; everything else first
 * meets fault injection, then the ilert API.
 */
public final class RootHandler extends Handler.Abstract {
  private final ApiHandler api;
  private final Faults faults;
  private final FaultInjector injector;
  private final FaultAdmin admin;

  /** A root handler. */
  public RootHandler(ApiHandler api, Faults faults, FaultInjector injector) {
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
    if (fault.isPresent() && injector.apply(fault.get(), request, response, callback)) {
      return true;
    }
    if (!path.equals("/api") && !path.startsWith("/api/")) {
      ApiHandler.write(
          request,
          response,
          callback,
          ApiHandler.error(404, "NOT_FOUND", "no resource at " + path));
      return true;
    }
    api.handle(request, response, callback);
    return true;
  }
}
