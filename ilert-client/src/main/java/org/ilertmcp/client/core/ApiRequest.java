package org.ilertmcp.client.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One HTTP request to ilert, before credentials are added. Internal to the client.
 *
 * @param method HTTP method
 * @param path path below the base URL, already encoded, starting with {@code /}
 * @param query query parameters in order; a name may repeat
 * @param headers extra headers (e.g. {@code If-Match})
 * @param body the JSON body object, or null
 * @param authenticated whether the caller's {@code Authorization} is sent
 */
public record ApiRequest(
    String method,
    String path,
    List<Map.Entry<String, String>> query,
    Map<String, String> headers,
    Object body,
    boolean authenticated) {

  /** Copies the collections. */
  public ApiRequest {
    query = List.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /**
   * @return whether a repeated attempt cannot change state on the server
   */
  public boolean idempotentRead() {
    return "GET".equals(method) || "HEAD".equals(method);
  }

  /**
   * @return the encoded query string without {@code ?}, or empty
   */
  public String queryString() {
    StringJoiner joiner = new StringJoiner("&");
    for (Map.Entry<String, String> e : query) {
      joiner.add(encode(e.getKey()) + "=" + encode(e.getValue()));
    }
    return joiner.toString();
  }

  /**
   * @return method and path, for messages and logs
   */
  public String operation() {
    return method + " " + path;
  }

  /**
   * @param segments path segments; each is percent-encoded
   * @return the joined path, e.g. {@code /alerts/1/accept}
   */
  public static String path(Object... segments) {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments) {
      sb.append('/').append(encode(String.valueOf(s)));
    }
    return sb.toString();
  }

  /**
   * @param method HTTP method
   * @param path the encoded path
   * @return a builder
   */
  public static Builder of(String method, String path) {
    return new Builder(method, path);
  }

  /**
   * @param segments path segments
   * @return a GET builder
   */
  public static Builder get(Object... segments) {
    return new Builder("GET", path(segments));
  }

  /**
   * @param segments path segments
   * @return a POST builder
   */
  public static Builder post(Object... segments) {
    return new Builder("POST", path(segments));
  }

  /**
   * @param segments path segments
   * @return a PUT builder
   */
  public static Builder put(Object... segments) {
    return new Builder("PUT", path(segments));
  }

  /**
   * @param segments path segments
   * @return a DELETE builder
   */
  public static Builder delete(Object... segments) {
    return new Builder("DELETE", path(segments));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private boolean authenticated = true;

    private Builder(String method, String path) {
      this.method = method;
      this.path = path;
    }

    /**
     * Adds one query parameter unless the value is null.
     *
     * @param name parameter name
     * @param value value; {@link Instant}s are written in ISO-8601
     * @return this
     */
    public Builder param(String name, Object value) {
      if (value != null) {
        query.add(Map.entry(name, String.valueOf(value)));
      }
      return this;
    }

    /**
     * Adds the parameter once per value (ilert's repeated form, {@code states=A&states=B}).
     *
     * @param name parameter name
     * @param values values, may be null
     * @return this
     */
    public Builder params(String name, Collection<?> values) {
      if (values != null) {
        for (Object v : values) {
          param(name, v);
        }
      }
      return this;
    }

    /**
     * Adds {@code start-index} and {@code max-results} unless the page is null.
     *
     * @param page the page
     * @return this
     */
    public Builder page(org.ilertmcp.client.Page page) {
      if (page != null) {
        param("start-index", page.startIndex());
        param("max-results", page.maxResults());
      }
      return this;
    }

    /**
     * @param name header name
     * @param value header value; null adds nothing
     * @return this
     */
    public Builder header(String name, String value) {
      if (value != null) {
        headers.put(name, value);
      }
      return this;
    }

    /**
     * @param value the object to send as JSON
     * @return this
     */
    public Builder body(Object value) {
      this.body = value;
      return this;
    }

    /**
     * Marks the request as authenticated by an integration key, not by the caller's credential.
     *
     * @return this
     */
    public Builder anonymous() {
      this.authenticated = false;
      return this;
    }

    /**
     * @return the request
     */
    public ApiRequest build() {
      return new ApiRequest(method, path, query, headers, body, authenticated);
    }
  }
}
