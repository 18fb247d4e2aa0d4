package org.ilertmcp.emulator.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The requests the emulator received, newest last, as {@code METHOD /path?query}: what a client
 * asked ilert for, so a test can check it asked for no more than it needed. Keeps the last {@value
 * #CAPACITY}.
 */
public final class RecentRequests {
  /** How many requests are kept; older ones are dropped first. */
  public static final int CAPACITY = 1000;

  private final Deque<String> requests = new ArrayDeque<>();

  /** Notes one request. */
  public synchronized void record(String method, String pathAndQuery) {
    if (requests.size() == CAPACITY) {
      requests.removeFirst();
    }
    requests.addLast(method + " " + pathAndQuery);
  }

  /** The kept requests, oldest first. */
  public synchronized List<String> list() {
    return new ArrayList<>(requests);
  }

  /** Forgets every kept request. */
  public synchronized void clear() {
    requests.clear();
  }
}
