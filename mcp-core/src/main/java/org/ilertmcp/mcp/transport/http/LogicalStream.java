package org.ilertmcp.mcp.transport.http;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A logical SSE stream: the messages of one POST request, or the session's standalone stream. It
 * outlives the HTTP connection that carries it, so a client can reconnect and resume. Without a
 * session ({@code owner == null}) events carry no ids and nothing is kept.
 */
final class LogicalStream {
  private final String id;
  private final HttpSession owner;
  private final long retryMillis;
  private long seq;
  private SseConnection connection;
  private boolean finished;

  LogicalStream(String id, HttpSession owner, long retryMillis) {
    this.id = id;
    this.owner = owner;
    this.retryMillis = retryMillis;
  }

  /** A stream for one stateless request: no ids, no replay. */
  static LogicalStream unrecorded() {
    return new LogicalStream("-", null, 0);
  }

  String id() {
    return id;
  }

  /** Carries this stream on {@code connection} from now on, priming it first. */
  synchronized void attach(SseConnection newConnection) {
    if (connection != null && connection != newConnection) {
      connection.close();
    }
    connection = newConnection;
    if (owner != null) {
      newConnection.prime(HttpSession.eventId(id, seq), retryMillis);
    }
  }

  /**
   * Resumes on {@code newConnection} after {@code lastSeq}: replays what was missed, then carries
   * live events, or ends the connection if the stream already finished.
   */
  synchronized void resume(SseConnection newConnection, long lastSeq) {
    for (HttpSession.Event event : owner.after(id, lastSeq)) {
      newConnection.event(event.id(), event.data());
    }
    if (finished) {
      newConnection.close();
      return;
    }
    if (connection != null && connection != newConnection) {
      connection.close();
    }
    connection = newConnection;
  }

  /**
   * Sends (and records) one message; {@code last} ends the stream after it. Returns whether a
   * connection still carries the stream afterwards.
   */
  synchronized boolean emit(ObjectNode message, boolean last) {
    if (finished) {
      return false;
    }
    String data = Json.write(message);
    String eventId = null;
    if (owner != null) {
      seq++;
      eventId = HttpSession.eventId(id, seq);
      owner.record(new HttpSession.Event(id, seq, data, last));
    }
    if (connection != null && !connection.event(eventId, data)) {
      connection = null;
    }
    boolean connected = connection != null;
    if (last) {
      finished = true;
      closeConnection();
    }
    return connected;
  }

  /** Ends the stream without a final message (the request was cancelled). */
  synchronized void abandon() {
    finished = true;
    closeConnection();
    if (owner != null) {
      owner.forget(this);
    }
  }

  /** Ends the current HTTP connection; the stream itself lives on. */
  synchronized void closeConnection() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  synchronized boolean hasConnection() {
    return connection != null && connection.isOpen();
  }

  /** Writes a keep-alive comment on the open connection, if any; returns whether it is open. */
  synchronized boolean keepAlive() {
    if (connection != null && !connection.comment("keep-alive")) {
      connection = null;
    }
    return connection != null;
  }
}
