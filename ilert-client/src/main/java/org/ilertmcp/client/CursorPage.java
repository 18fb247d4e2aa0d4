package org.ilertmcp.client;

import java.util.List;
import java.util.Optional;

/**
 * One page of a cursor-paged list (heartbeat monitors).
 *
 * @param items the entries of this page
 * @param nextCursor the {@code next-cursor} response header, or null on the last page
 * @param <T> the entry type
 */
public record CursorPage<T>(List<T> items, String nextCursor) {

  /** Copies the list. */
  public CursorPage {
    items = List.copyOf(items);
  }

  /**
   * @return the cursor for the next page, if any
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor).filter(c -> !c.isBlank());
  }
}
