package org.ilertmcp.client.core;

import java.net.http.HttpHeaders;

/**
 * A successful (2xx) response with its body already decompressed. Internal to the client.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body the body bytes, possibly empty
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {

  /**
   * @param name header name
   * @return the first value, or null
   */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /**
   * @return whether the body is empty or only whitespace
   */
  public boolean isEmpty() {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
