package org.ilertmcp.emulator.http;

import java.util.List;
import org.ilertmcp.emulator.engine.ApiException;

/**
 * Offset paging with ilert's kebab-case parameters. A {@code max-results} above the endpoint's
 * maximum is a hard 400, not a clamp, as on ilert.
 */
public record Paging(int startIndex, int maxResults) {

  /** Reads {@code start-index}/{@code max-results} (and the camelCase spellings some send). */
  public static Paging of(ApiRequest req, int defaultMax, int max) {
    int start = intParam(req, 0, "start-index", "startIndex");
    int size = intParam(req, defaultMax, "max-results", "maxResults");
    if (start < 0) {
      throw ApiException.badRequest("start-index must not be negative");
    }
    if (size < 1) {
      throw ApiException.badRequest("max-results must be at least 1");
    }
    if (size > max) {
      throw ApiException.badRequest("max-results must not exceed " + max + " for this resource");
    }
    return new Paging(start, size);
  }

  /** The page of {@code items} this paging selects. */
  public <T> List<T> apply(List<T> items) {
    if (startIndex >= items.size()) {
      return List.of();
    }
    return items.subList(startIndex, Math.min(items.size(), startIndex + maxResults));
  }

  private static int intParam(ApiRequest req, int fallback, String... names) {
    String v = req.first(names);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("query parameter '" + names[0] + "' must be a number");
    }
  }
}
