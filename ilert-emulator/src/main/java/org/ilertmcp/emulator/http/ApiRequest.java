package org.ilertmcp.emulator.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import tools.jackson.databind.JsonNode;

/**
 * One API call as the resource handlers see it: path parameters, query parameters (repeated names
 * kept), headers, body, the caller (null on integration-key endpoints) and the current instant.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final Map<String, String> pathParams;
  private final Map<String, List<String>> query;
  private final UnaryOperator<String> headers;
  private final String body;
  private final User caller;
  private final Instant now;
  private JsonNode json;

  /** A request; {@code headers} looks a header up by name (case-insensitive), null if absent. */
  public ApiRequest(
      String method,
      String path,
      Map<String, String> pathParams,
      Map<String, List<String>> query,
      UnaryOperator<String> headers,
      String body,
      User caller,
      Instant now) {
    this.method = method;
    this.path = path;
    this.pathParams = Map.copyOf(pathParams);
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.caller = caller;
    this.now = now;
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The authenticated user; only null on integration-key routes. */
  public User caller() {
    return caller;
  }

  /** The emulator clock's instant for this request. */
  public Instant now() {
    return now;
  }

  /** A header value or null. */
  public String header(String name) {
    return headers.apply(name);
  }

  /** The raw body (may be empty). */
  public String body() {
    return body;
  }

  /** The body as JSON; 400 when missing or malformed. */
  public JsonNode json() {
    if (json == null) {
      json = Json.parse(body);
    }
    return json;
  }

  /** A path parameter as text. */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /** A numeric path parameter; 400 when it is not a number. */
  public long pathLong(String name) {
    String raw = pathParams.get(name);
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("path parameter '" + name + "' must be a number: " + raw);
    }
  }

  /**
   * All values of a query parameter under any of its accepted names (current and older spellings),
   * in order; comma-separated values are split as well.
   */
  public List<String> all(String... names) {
    List<String> values = new ArrayList<>();
    for (String name : names) {
      for (String v : query.getOrDefault(name, List.of())) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            values.add(part.trim());
          }
        }
      }
    }
    return values;
  }

  /** The values of one parameter exactly as sent (no comma splitting; for JSON values). */
  public List<String> rawValues(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** The first value under any of the names, or null. */
  public String first(String... names) {
    for (String name : names) {
      List<String> v = query.get(name);
      if (v != null && !v.isEmpty()) {
        return v.get(0);
      }
    }
    return null;
  }

  /** Whether any of the names was given. */
  public boolean has(String... names) {
    return first(names) != null;
  }

  /** All values as longs; 400 naming the parameter when one is not a number. */
  public List<Long> longs(String... names) {
    List<Long> out = new ArrayList<>();
    for (String v : all(names)) {
      try {
        out.add(Long.parseLong(v));
      } catch (NumberFormatException e) {
        throw ApiException.badRequest(
            "query parameter '" + names[0] + "' must hold numeric ids, got '" + v + "'");
      }
    }
    return out;
  }

  /** The first value as a long, or null; 400 when not a number. */
  public Long longParam(String... names) {
    List<Long> values = longs(names);
    return values.isEmpty() ? null : values.get(0);
  }

  /** A boolean parameter (true/false); 400 for anything else. */
  public boolean bool(String name, boolean fallback) {
    String v = first(name);
    if (v == null) {
      return fallback;
    }
    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
      throw ApiException.badRequest("query parameter '" + name + "' must be true or false");
    }
    return Boolean.parseBoolean(v);
  }

  /** An ISO-8601 instant parameter (offset or Z required), or null; 400 when unparseable. */
  public Instant instant(String name) {
    String v = first(name);
    return v == null ? null : parseInstant(v, "query parameter '" + name + "'");
  }

  /** Whether {@code include=value} was requested (repeated or comma-separated). */
  public boolean includes(String value) {
    return all("include").contains(value);
  }

  /** Parses an ISO-8601 instant with offset; 400 mentioning {@code what} otherwise. */
  public static Instant parseInstant(String value, String what) {
    try {
      return OffsetDateTime.parse(value.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          what + " must be an ISO-8601 date-time with offset, e.g. 2021-05-25T21:24:56.771Z");
    }
  }
}
