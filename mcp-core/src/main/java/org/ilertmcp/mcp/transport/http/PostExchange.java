package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Outbound;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer to one POSTed request. It stays plain {@code application/json} unless the handler
 * sends notifications or requests first; then it becomes an SSE stream that ends with the response.
 * A held exchange ({@code subscriptions/listen}) stays open after dispatch until the client leaves.
 */
final class PostExchange implements Outbound {
  private final Response response;
  private final Callback callback;
  private final Supplier<LogicalStream> streams;
  private final boolean resumable;
  private final HttpObserver observer;
  private final List<Runnable> goneActions = new ArrayList<>();
  private final long startedNanos = System.nanoTime();
  private LogicalStream stream;
  private boolean streaming;
  private boolean done;
  private boolean held;
  private boolean gone;

  /**
   * @param streams creates the logical stream when the answer turns into SSE; plain JSON answers
   *     never create one, so nothing is kept for them
   */
  PostExchange(
      Response response,
      Callback callback,
      Supplier<LogicalStream> streams,
      boolean resumable,
      HttpObserver observer) {
    this.response = response;
    this.callback = callback;
    this.streams = streams;
    this.resumable = resumable;
    this.observer = observer;
  }

  @Override
  public void send(ObjectNode message) {
    boolean lost;
    synchronized (this) {
      if (done) {
        return;
      }
      startStreaming();
      // A resumable (session) stream outlives its connection; a stateless one is the request.
      lost = !stream.emit(message, false) && !resumable;
    }
    if (lost) {
      clientGone();
    }
  }

  @Override
  public synchronized void closeForPolling() {
    if (!resumable) {
      return;
    }
    startStreaming();
    stream.closeConnection();
  }

  @Override
  public void onClientGone(Runnable action) {
    boolean runNow;
    synchronized (this) {
      runNow = gone;
      if (!gone) {
        goneActions.add(action);
      }
    }
    if (runNow) {
      action.run();
    }
  }

  @Override
  public synchronized boolean hold() {
    held = true;
    startStreaming();
    return true;
  }

  synchronized boolean isHeld() {
    return held && !done;
  }

  /** The client went away (the connection failed or a write did): runs the registered actions. */
  void clientGone() {
    List<Runnable> actions;
    synchronized (this) {
      if (gone) {
        return;
      }
      gone = true;
      actions = List.copyOf(goneActions);
      goneActions.clear();
    }
    actions.forEach(Runnable::run);
    synchronized (this) {
      if (held && !done) {
        done = true;
        stream.abandon();
      }
    }
  }

  /**
   * Checks that the client is still there by writing a comment line, turning the answer into a
   * stream first if it was not one yet; a failed write means the client left. Jetty reports a
   * closed connection only when it next reads or writes, and nothing reads while a handler runs.
   */
  void probe() {
    boolean alive;
    synchronized (this) {
      if (done && !held) {
        return;
      }
      startStreaming();
      alive = stream.keepAlive();
    }
    if (!alive) {
      clientGone();
    }
  }

  /** Whether the request has been running for at least {@code nanos}. */
  boolean runningFor(long nanos) {
    return System.nanoTime() - startedNanos >= nanos;
  }

  /** Ends the exchange with {@code result} (HTTP 200), see {@link #finish(ObjectNode, int)}. */
  void finish(ObjectNode result) {
    finish(result, 200);
  }

  /**
   * Ends the exchange with {@code result}, or without one when the request was cancelled; a held
   * exchange without a result stays open. {@code status} applies while nothing was streamed yet.
   */
  synchronized void finish(ObjectNode result, int status) {
    if (done || (result == null && held)) {
      return;
    }
    done = true;
    if (result == null) {
      startStreaming();
      stream.abandon();
    } else if (streaming) {
      stream.emit(result, true);
    } else {
      response.setStatus(status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      response.write(true, ByteBuffer.wrap(Json.writeBytes(result)), callback);
    }
  }

  private void startStreaming() {
    if (streaming) {
      return;
    }
    streaming = true;
    stream = streams.get();
    StreamableHttpHandler.sseHeaders(response);
    stream.attach(new SseConnection(response, callback, observer));
  }
}
