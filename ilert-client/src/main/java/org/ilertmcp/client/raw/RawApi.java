package org.ilertmcp.client.raw;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.ApiResponse;
import org.ilertmcp.client.core.Transport;
import tools.jackson.databind.JsonNode;

/**
 * Any operation of ilert's REST API by method and path, for generic callers such as an API gateway
 * tool; prefer the typed API classes. Calls go through the same choke point as every other call:
 * credentials, the per-key limiter, the retry rules (reads are retried, writes only when ilert
 * provably did not process them) and error mapping.
 */
public final class RawApi {
  /** Methods ilert's REST API uses. */
  public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

  /** Encoded segments of unreserved and sub-delimiter characters; no {@code ?} or {@code #}. */
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+");

  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public RawApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * Sends one request below the base URL. A context without a credential suits the endpoints
   * authenticated by an integration key in the body.
   *
   * @param ctx call context
   * @param method GET, POST, PUT or DELETE
   * @param path encoded path below the base URL, e.g. {@code /alerts/12/accept}; no query, no
   *     {@code .} or {@code ..} segments
   * @param query query parameters in order; a name may repeat
   * @param body JSON body, or null
   * @return the status, JSON body and headers of the 2xx answer
   * @throws IllegalArgumentException for an unknown method or a malformed path
   */
  public RawResponse send(
      CallContext ctx,
      String method,
      String path,
      List<Map.Entry<String, String>> query,
      JsonNode body) {
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS);
    }
    if (path == null || !PATH.matcher(path).matches() || hasDotSegment(path)) {
      throw new IllegalArgumentException("path must be an encoded path like /alerts/12");
    }
    ApiRequest.Builder builder = ApiRequest.of(method, path).body(body);
    query.forEach(e -> builder.param(e.getKey(), e.getValue()));
    ApiRequest request = builder.build();
    ApiResponse response = transport.send(ctx, request);
    JsonNode json =
        transport.readOptional(response, transport.mapper().constructType(JsonNode.class), request);
    return new RawResponse(response.status(), json, response.headers());
  }

  private static boolean hasDotSegment(String path) {
    for (String segment : path.substring(1).split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
