package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;

/**
 * One open {@code text/event-stream} HTTP response. Writes are serialized and blocking; a failed
 * write (the client went away) closes the connection, and later writes report {@code false}.
 */
final class SseConnection {
  private final Response response;
  private final Callback callback;
  private final HttpObserver observer;
  private boolean open = true;

  SseConnection(Response response, Callback callback, HttpObserver observer) {
    this.response = response;
    this.callback = callback;
    this.observer = observer;
    observer.streamOpened();
  }

  /** Writes one event; {@code id} may be {@code null}. Returns whether it was written. */
  synchronized boolean event(String id, String data) {
    StringBuilder frame = new StringBuilder(data.length() + 48);
    if (id != null) {
      frame.append("id: ").append(id).append('\n');
    }
    frame.append("event: message\n");
    frame.append("data: ").append(data).append("\n\n");
    return write(frame.toString());
  }

  /** Writes the priming event: an id, the reconnection delay and empty data (SEP-1699). */
  synchronized boolean prime(String id, long retryMillis) {
    return write("id: " + id + "\nretry: " + retryMillis + "\ndata: \n\n");
  }

  /** Writes a comment line, used as keep-alive. */
  synchronized boolean comment(String text) {
    return write(": " + text + "\n\n");
  }

  synchronized boolean isOpen() {
    return open;
  }

  /** Ends the HTTP response normally. */
  synchronized void close() {
    if (!open) {
      return;
    }
    open = false;
    observer.streamClosed();
    response.write(true, null, callback);
  }

  private boolean write(String text) {
    if (!open) {
      return false;
    }
    try (Blocker.Callback blocker = Blocker.callback()) {
      response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), blocker);
      blocker.block();
      return true;
    } catch (Exception e) {
      open = false;
      observer.streamClosed();
      callback.failed(e);
      return false;
    }
  }
}
