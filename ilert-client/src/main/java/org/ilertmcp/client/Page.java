package org.ilertmcp.client;

/**
 * One page of an offset-paged list: ilert's {@code start-index} and {@code max-results}.
 *
 * @param startIndex 0-based offset
 * @param maxResults page size, at most the endpoint's maximum (a larger value is a 400 on ilert)
 */
public record Page(int startIndex, int maxResults) {

  /** Validates the numbers. */
  public Page {
    if (startIndex < 0) {
      throw new IllegalArgumentException("startIndex must be >= 0");
    }
    if (maxResults < 1) {
      throw new IllegalArgumentException("maxResults must be >= 1");
    }
  }

  /**
   * @param maxResults page size
   * @return the first page of that size
   */
  public static Page first(int maxResults) {
    return new Page(0, maxResults);
  }
}
