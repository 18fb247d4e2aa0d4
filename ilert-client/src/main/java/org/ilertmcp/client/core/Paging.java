package org.ilertmcp.client.core;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.CursorPage;
import org.ilertmcp.client.Page;

/** Walks paged lists up to a caller-given cap without ever fetching past it. */
public final class Paging {
  private Paging() {}

  /** Fetches one offset page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /**
     * @param page the page to fetch
     * @return its entries
     */
    List<T> fetch(Page page);
  }

  /** Fetches one cursor page. */
  @FunctionalInterface
  public interface CursorFetcher<T> {
    /**
     * @param cursor the cursor, null for the first page
     * @param maxResults page size
     * @return the page
     */
    CursorPage<T> fetch(String cursor, int maxResults);
  }

  /**
   * Checks a page against the endpoint's maximum (ilert answers 400 above it).
   *
   * @param page the page, or null for the server default
   * @param max the endpoint's maximum page size
   * @return the page
   */
  public static Page check(Page page, int max) {
    if (page != null && page.maxResults() > max) {
      throw new IllegalArgumentException(
          "maxResults " + page.maxResults() + " exceeds this endpoint's maximum of " + max);
    }
    return page;
  }

  /**
   * Collects up to {@code cap} entries by walking {@code start-index}, never requesting more than
   * {@code pageMax} per page nor more than are still needed.
   *
   * @param cap most entries to return
   * @param pageMax the endpoint's maximum page size
   * @param fetcher fetches one page
   * @param <T> entry type
   * @return at most {@code cap} entries
   */
  public static <T> List<T> collect(int cap, int pageMax, PageFetcher<T> fetcher) {
    List<T> out = new ArrayList<>();
    int start = 0;
    while (out.size() < cap) {
      int want = Math.min(pageMax, cap - out.size());
      List<T> page = fetcher.fetch(new Page(start, want));
      out.addAll(page.size() > want ? page.subList(0, want) : page);
      if (page.size() < want) {
        break;
      }
      start += want;
    }
    return out;
  }

  /**
   * Collects up to {@code cap} entries by following {@code next-cursor}.
   *
   * @param cap most entries to return
   * @param pageMax the endpoint's maximum page size
   * @param fetcher fetches one page
   * @param <T> entry type
   * @return at most {@code cap} entries
   */
  public static <T> List<T> collectCursor(int cap, int pageMax, CursorFetcher<T> fetcher) {
    List<T> out = new ArrayList<>();
    String cursor = null;
    while (out.size() < cap) {
      int want = Math.min(pageMax, cap - out.size());
      CursorPage<T> page = fetcher.fetch(cursor, want);
      List<T> items = page.items();
      out.addAll(items.size() > want ? items.subList(0, want) : items);
      if (items.isEmpty() || page.next().isEmpty()) {
        break;
      }
      cursor = page.next().get();
    }
    return out;
  }
}
