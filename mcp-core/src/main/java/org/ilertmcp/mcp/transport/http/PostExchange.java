package org.ilertmcp.mcp.transport.http;

import java.nio.ByteBuffer;
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
 */
final class PostExchange implements Outbound {
  private final Response response;
  private final Callback callback;
  private final Supplier<LogicalStream> streams;
  private final boolean resumable;
  private final HttpObserver observer;
  private LogicalStream stream;
  private boolean streaming;
  private boolean done;

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
  public synchronized void send(ObjectNode message) {
    if (done) {
      return;
    }
    startStreaming();
    stream.emit(message, false);
  }

  @Override
  public synchronized void closeForPolling() {
    if (!resumable) {
      return;
    }
    startStreaming();
    stream.closeConnection();
  }

  /** Ends the exchange with {@code result}, or without one when the request was cancelled. */
  synchronized void finish(ObjectNode result) {
    if (done) {
      return;
    }
    done = true;
    if (result == null) {
      startStreaming();
      stream.abandon();
    } else if (streaming) {
      stream.emit(result, true);
    } else {
      response.setStatus(200);
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
