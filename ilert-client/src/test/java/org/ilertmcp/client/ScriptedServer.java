package org.ilertmcp.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server on 127.0.0.1 that answers from a script and records every request, in the
 * style of OkHttp's MockWebServer.
 */
final class ScriptedServer implements AutoCloseable {

  /** One recorded request. */
  record Recorded(
      String method,
      String path,
      String rawQuery,
      List<Map.Entry<String, String>> query,
      Map<String, List<String>> headers,
      byte[] body) {

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * One scripted answer. {@code sendBytes} below the body's length cuts the body off after that
   * many bytes (the declared length stays); {@code byteDelayMillis} sends the body byte by byte.
   */
  record Reply(
      int status,
      Map<String, String> headers,
      byte[] body,
      long delayMillis,
      boolean gzip,
      int sendBytes,
      long byteDelayMillis) {
    Reply(int status, Map<String, String> headers, byte[] body, long delayMillis, boolean gzip) {
      this(status, headers, body, delayMillis, gzip, Integer.MAX_VALUE, 0);
    }

    static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          json.getBytes(StandardCharsets.UTF_8),
          0,
          false);
    }

    /** Closes the connection without answering. */
    static Reply drop() {
      return new Reply(-1, Map.of(), new byte[0], 0, false);
    }

    static Reply empty(int status) {
      return new Reply(status, Map.of(), new byte[0], 0, false);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> h = new java.util.LinkedHashMap<>(headers);
      h.put(name, value);
      return new Reply(status, h, body, delayMillis, gzip, sendBytes, byteDelayMillis);
    }

    Reply delayed(long millis) {
      return new Reply(status, headers, body, millis, gzip, sendBytes, byteDelayMillis);
    }

    Reply gzipped() {
      return new Reply(status, headers, body, delayMillis, true, sendBytes, byteDelayMillis);
    }

    /** Sends only the first {@code bytes} of the body, then closes the connection. */
    Reply cutAfter(int bytes) {
      return new Reply(status, headers, body, delayMillis, gzip, bytes, byteDelayMillis);
    }

    /** Sends the body one byte every {@code millis}. */
    Reply trickled(long millis) {
      return new Reply(status, headers, body, delayMillis, gzip, sendBytes, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
  private final List<Recorded> recorded = Collections.synchronizedList(new ArrayList<>());
  private volatile Reply fallback = Reply.json(200, "{}");

  ScriptedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  ScriptedServer enqueue(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  void fallback(Reply reply) {
    this.fallback = reply;
  }

  List<Recorded> requests() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  Recorded last() {
    List<Recorded> all = requests();
    return all.get(all.size() - 1);
  }

  void reset() {
    script.clear();
    recorded.clear();
    fallback = Reply.json(200, "{}");
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    recorded.add(
        new Recorded(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            rawQuery,
            parseQuery(rawQuery),
            Map.copyOf(exchange.getRequestHeaders()),
            body));
    Reply reply = script.pollFirst();
    if (reply == null) {
      reply = fallback;
    }
    try {
      if (reply.delayMillis() > 0) {
        Thread.sleep(reply.delayMillis());
      }
      if (reply.status() < 0) {
        return; // finally closes the exchange without a response
      }
      byte[] out = reply.body();
      if (reply.gzip()) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
          gz.write(out);
        }
        out = buf.toByteArray();
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
      }
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      boolean noBody = reply.status() == 204 || out.length == 0;
      exchange.sendResponseHeaders(reply.status(), noBody ? -1 : out.length);
      if (!noBody) {
        OutputStream os = exchange.getResponseBody();
        int send = Math.min(out.length, reply.sendBytes());
        if (reply.byteDelayMillis() > 0) {
          for (int i = 0; i < send; i++) {
            os.write(out[i]);
            os.flush();
            Thread.sleep(reply.byteDelayMillis());
          }
        } else {
          os.write(out, 0, send);
        }
        os.flush();
        if (send == out.length) {
          os.close();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client gave up (timeout); nothing to answer
    } finally {
      exchange.close();
    }
  }

  static List<Map.Entry<String, String>> parseQuery(String rawQuery) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(
          Map.entry(
              URLDecoder.decode(name, StandardCharsets.UTF_8),
              URLDecoder.decode(value, StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
