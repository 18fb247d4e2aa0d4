package org.ilertmcp.mcp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A loopback HTTP/1.1 proxy for tests that adds one request header when the client did not send it,
 * for third-party tools that cannot (the conformance suite sends no {@code Authorization}).
 * Everything else passes byte for byte, Host and Origin included, so the server's own checks still
 * apply; each connection carries one request ({@code Connection: close}), and a client that leaves
 * closes the upstream connection too, so the server sees the departure.
 */
public final class HeaderAddingProxy implements AutoCloseable {
  private static final int MAX_HEAD = 64 * 1024;

  private final ServerSocket listener;
  private final int upstreamPort;
  private final String header;
  private final String value;

  public HeaderAddingProxy(int upstreamPort, String header, String value) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.upstreamPort = upstreamPort;
    this.header = header;
    this.value = value;
    Thread acceptor = new Thread(this::acceptLoop, "header-adding-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The proxy's URL for {@code path}, with {@code localhost} as the host. */
  public URI url(String path) {
    return URI.create("http://localhost:" + listener.getLocalPort() + path);
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Thread worker = new Thread(() -> serve(client), "header-adding-proxy-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      InputStream in = client.getInputStream();
      String head = readHead(in);
      if (head == null) {
        return;
      }
      upstream.getOutputStream().write(rewrite(head).getBytes(StandardCharsets.ISO_8859_1));
      Thread requestBody =
          new Thread(
              () -> {
                pipe(in, upstream);
                closeQuietly(upstream); // the client left (or finished): so does the upstream
              },
              "header-adding-proxy-body");
      requestBody.setDaemon(true);
      requestBody.start();
      pipe(upstream.getInputStream(), client);
    } catch (IOException e) {
      // a connection went away; both ends are closed by now
    }
  }

  private String rewrite(String head) {
    String[] lines = head.split("\r\n");
    StringBuilder out = new StringBuilder(lines[0]).append("\r\n");
    boolean present = false;
    for (int i = 1; i < lines.length; i++) {
      String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).trim();
      if (name.equalsIgnoreCase("Connection")) {
        continue;
      }
      present |= name.equalsIgnoreCase(header);
      out.append(lines[i]).append("\r\n");
    }
    if (!present) {
      out.append(header).append(": ").append(value).append("\r\n");
    }
    return out.append("Connection: close\r\n\r\n").toString();
  }

  /** The request line and headers, up to the blank line; {@code null} at end of input. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
      }
      if (head.size() > MAX_HEAD) {
        throw new IOException("request head too large");
      }
    }
    return null;
  }

  private static void pipe(InputStream from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try {
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = from.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side closed
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }

  @Override
  public String toString() {
    return "HeaderAddingProxy[" + header.toLowerCase(Locale.ROOT) + " -> :" + upstreamPort + "]";
  }
}
