package org.ilertmcp.client.raw;

import java.net.http.HttpHeaders;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A successful (2xx) answer to a {@link RawApi} call.
 *
 * @param status HTTP status
 * @param body the JSON body, or null when the body is empty (e.g. 202, 204)
 * @param headers response headers (e.g. {@code next-cursor}, {@code Location})
 */
public record RawResponse(int status, JsonNode body, HttpHeaders headers) {

  /**
   * @param name header name
   * @return the first value, if present
   */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }
}
