package org.ilertmcp.emulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The route table. Routes are tried in registration order, so literal paths ({@code /alerts/count})
 * are registered before templated ones ({@code /alerts/{id}}).
 */
public final class Router {
  private final List<Route> routes = new ArrayList<>();
  // template segments split once at registration; matching runs on every request
  private final List<List<String>> segments = new ArrayList<>();

  /** A route match: the route and its path parameters. */
  public record Match(Route route, Map<String, String> params) {}

  /** Registers a route. */
  public Router add(String method, String template, Access access, Endpoint endpoint) {
    Route route = new Route(method, template, access, endpoint);
    routes.add(route);
    segments.add(route.segments());
    return this;
  }

  /** GET shorthand. */
  public Router get(String template, Access access, Endpoint endpoint) {
    return add("GET", template, access, endpoint);
  }

  /** POST shorthand. */
  public Router post(String template, Access access, Endpoint endpoint) {
    return add("POST", template, access, endpoint);
  }

  /** PUT shorthand. */
  public Router put(String template, Access access, Endpoint endpoint) {
    return add("PUT", template, access, endpoint);
  }

  /** DELETE shorthand. */
  public Router delete(String template, Access access, Endpoint endpoint) {
    return add("DELETE", template, access, endpoint);
  }

  /** Every registered route, in order. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /**
   * The route for a method and path (relative to /api). Returns null when nothing matches; a match
   * on path alone is reported through {@link #pathKnown}.
   */
  public Match find(String method, String path) {
    List<String> parts = split(path);
    for (int i = 0; i < routes.size(); i++) {
      Route route = routes.get(i);
      if (route.method().equals(method)
          || ("HEAD".equals(method) && "GET".equals(route.method()))) {
        Map<String, String> params = Route.match(segments.get(i), parts);
        if (params != null) {
          return new Match(route, params);
        }
      }
    }
    return null;
  }

  /** Whether any route has this path (for 405 instead of 404). */
  public boolean pathKnown(String path) {
    List<String> parts = split(path);
    return segments.stream().anyMatch(s -> Route.match(s, parts) != null);
  }

  private static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return List.of(p.split("/", -1));
  }
}
