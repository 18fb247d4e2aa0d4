package org.ilertmcp.mcp.transport.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ilertmcp.mcp.server.McpSession;

/**
 * The HTTP side of a session: its SSE streams (one per POST that answered with SSE, plus the
 * standalone GET stream) and a bounded log of the events sent on them, for {@code Last-Event-ID}
 * resumption.
 */
final class HttpSession {
  static final String STANDALONE = "0";

  /** One SSE event as recorded for replay. */
  record Event(String streamId, long seq, String data, boolean last) {
    String id() {
      return eventId(streamId, seq);
    }
  }

  private final McpSession mcp;
  private final int replayLimit;
  private final Deque<Event> log = new ArrayDeque<>();
  private final Map<String, LogicalStream> streams = new ConcurrentHashMap<>();
  private final AtomicLong nextStream = new AtomicLong();
  private final LogicalStream standalone;
  private final long openedNanos = System.nanoTime();

  HttpSession(McpSession mcp, int replayLimit, long retryMillis) {
    this.mcp = mcp;
    this.replayLimit = replayLimit;
    this.standalone = new LogicalStream(STANDALONE, this, retryMillis);
    streams.put(STANDALONE, standalone);
    mcp.notifier(message -> standalone.emit(message, false));
  }

  static String eventId(String streamId, long seq) {
    return streamId + "_" + seq;
  }

  McpSession mcp() {
    return mcp;
  }

  private volatile boolean used;

  /** Marks the session as used after {@code initialize}: a client is really working with it. */
  void markUsed() {
    used = true;
  }

  /**
   * Whether the client finished opening the session: it sent {@code notifications/initialized} or
   * any later message.
   */
  boolean established() {
    return used || mcp.isInitialized();
  }

  /** {@link System#nanoTime()} when the session opened. */
  long openedNanos() {
    return openedNanos;
  }

  LogicalStream standalone() {
    return standalone;
  }

  LogicalStream newStream(long retryMillis) {
    LogicalStream stream =
        new LogicalStream(Long.toString(nextStream.incrementAndGet()), this, retryMillis);
    streams.put(stream.id(), stream);
    return stream;
  }

  /** The stream an event id belongs to, if it is still known. */
  LogicalStream streamOf(String eventId) {
    int cut = eventId == null ? -1 : eventId.lastIndexOf('_');
    return cut < 0 ? null : streams.get(eventId.substring(0, cut));
  }

  static long seqOf(String eventId) {
    try {
      return Long.parseLong(eventId.substring(eventId.lastIndexOf('_') + 1));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  synchronized void record(Event event) {
    if (replayLimit == 0) {
      forgetIfDone(event);
      return;
    }
    log.addLast(event);
    while (log.size() > replayLimit) {
      forgetIfDone(log.removeFirst());
    }
  }

  synchronized List<Event> after(String streamId, long seq) {
    List<Event> out = new ArrayList<>();
    for (Event event : log) {
      if (event.streamId().equals(streamId) && event.seq() > seq) {
        out.add(event);
      }
    }
    return out;
  }

  void forget(LogicalStream stream) {
    if (stream != standalone) {
      streams.remove(stream.id());
    }
  }

  /** Streams kept for resumption, the standalone one included. */
  int keptStreams() {
    return streams.size();
  }

  boolean hasOpenStandalone() {
    return standalone.hasConnection();
  }

  void closeAll() {
    streams.values().forEach(LogicalStream::closeConnection);
  }

  private void forgetIfDone(Event event) {
    if (event.last()) {
      streams.remove(event.streamId());
    }
  }
}
