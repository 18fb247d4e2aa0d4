package org.ilertmcp.server.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;

/** A session's standalone SSE stream (GET on the endpoint), read line by line in the background. */
public final class SseStream implements AutoCloseable {
  private final HttpResponse<Stream<String>> response;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  private SseStream(HttpResponse<Stream<String>> response) {
    this.response = response;
    Thread reader =
        new Thread(
            () -> {
              try {
                response.body().forEach(lines::add);
              } catch (RuntimeException e) {
                // the stream was closed
              }
            },
            "sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the stream with the session's headers; returns it once the server answered. */
  public static SseStream open(URI endpoint, Map<String, String> headers) throws Exception {
    HttpRequest.Builder get =
        HttpRequest.newBuilder(endpoint).GET().header("Accept", "text/event-stream");
    headers.forEach(get::header);
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient()
            .sendAsync(get.build(), HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET stream answered " + response.statusCode());
    }
    return new SseStream(response);
  }

  /** The next JSON-RPC notification or request ({@code data:} line), or null on timeout. */
  public JsonNode nextMessage(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line != null && line.startsWith("data:") && line.length() > 5) {
        JsonNode message = Json.parse(line.substring(5).trim());
        if (message.has("method")) {
          return message;
        }
      }
    }
    return null;
  }

  @Override
  public void close() {
    response.body().close();
  }
}
