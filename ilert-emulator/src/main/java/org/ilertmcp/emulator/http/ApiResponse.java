package org.ilertmcp.emulator.http;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A response: status, optional JSON body, extra headers. */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {

  /** 200 with a body. */
  public static ApiResponse ok(JsonNode body) {
    return new ApiResponse(200, body, new LinkedHashMap<>());
  }

  /** A status with a body. */
  public static ApiResponse of(int status, JsonNode body) {
    return new ApiResponse(status, body, new LinkedHashMap<>());
  }

  /** A status without a body (204, 202). */
  public static ApiResponse empty(int status) {
    return new ApiResponse(status, null, new LinkedHashMap<>());
  }

  /** This response with one more header. */
  public ApiResponse header(String name, String value) {
    Map<String, String> next = new LinkedHashMap<>(headers);
    next.put(name, value);
    return new ApiResponse(status, body, next);
  }
}
