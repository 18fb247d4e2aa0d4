package org.ilertmcp.mcp.server;

import java.time.Duration;
import java.util.Objects;

/**
 * The caching hints ({@code ttlMs}, {@code cacheScope}) on 2026-07-28 results of {@code
 * server/discover}, the list methods and {@code resources/read}.
 *
 * @param lists how long discover and list results may be considered fresh
 * @param reads how long a read resource may be considered fresh
 * @param shared {@code cacheScope: "public"} (any caller may reuse the result) instead of {@code
 *     "private"} (only the same credential may)
 */
public record CacheHints(Duration lists, Duration reads, boolean shared) {
  /** Lists fresh for 5 minutes, reads immediately stale, never shared across credentials. */
  public static final CacheHints DEFAULT =
      new CacheHints(Duration.ofMinutes(5), Duration.ZERO, false);

  public CacheHints {
    Objects.requireNonNull(lists, "lists");
    Objects.requireNonNull(reads, "reads");
    if (lists.isNegative() || reads.isNegative()) {
      throw new IllegalArgumentException("cache lifetimes must not be negative");
    }
  }

  String scope() {
    return shared ? "public" : "private";
  }
}
