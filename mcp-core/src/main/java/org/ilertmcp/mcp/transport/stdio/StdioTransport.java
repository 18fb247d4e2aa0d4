package org.ilertmcp.mcp.transport.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MCP over stdio: newline-delimited JSON-RPC on stdin and stdout, in both protocol eras: a request
 * declaring its version in {@code _meta} is served under 2026-07-28, anything else under the
 * revision {@code initialize} negotiated. Requests run concurrently so cancellation and client
 * answers get through; stdout carries only protocol messages. Returns from {@link #run()} on end of
 * input after in-flight requests finish (or a grace period passes).
 */
public final class StdioTransport {
  private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

  /** Longest accepted line; longer messages are answered with a parse error and skipped. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** How long in-flight requests may still run after end of input, by default. */
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(20);

  private final McpServer server;
  private final Optional<String> credential;
  private final InputStream in;
  private final OutputStream out;
  private final McpSession session;
  private final Duration shutdownGrace;

  /**
   * Everything goes to stdout; a request may stay open (a 2026-07-28 subscription stream) until the
   * client cancels it or closes stdin.
   */
  private final Outbound outbound =
      new Outbound() {
        @Override
        public void send(ObjectNode message) {
          write(message);
        }

        @Override
        public boolean hold() {
          return true;
        }
      };

  public StdioTransport(
      McpServer server, Optional<String> credential, InputStream in, OutputStream out) {
    this(server, credential, in, out, DEFAULT_SHUTDOWN_GRACE);
  }

  /**
   * @param shutdownGrace how long requests still running at end of input may take to finish; those
   *     still running after it are answered with an error and cancelled
   */
  public StdioTransport(
      McpServer server,
      Optional<String> credential,
      InputStream in,
      OutputStream out,
      Duration shutdownGrace) {
    this.server = server;
    this.shutdownGrace = shutdownGrace;
    this.credential = credential;
    this.in = in;
    this.out = out;
    this.session = new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    this.session.notifier(this::write);
  }

  /** Serves until end of input. */
  public void run() {
    server.sessionOpened(session);
    try {
      LineReader reader = new LineReader(in, MAX_LINE_BYTES);
      String line;
      while ((line = reader.next()) != null) {
        if (!line.isBlank()) {
          accept(line);
        }
      }
    } catch (IOException e) {
      LOG.warn("stdin failed; shutting down: {}", e.getMessage());
    } finally {
      shutdown();
    }
  }

  private void accept(String line) {
    if (line.equals(LineReader.TOO_LONG)) {
      write(
          JsonRpc.error(
              null,
              ErrorCodes.INVALID_REQUEST,
              "Message longer than " + MAX_LINE_BYTES + " bytes",
              null));
      return;
    }
    JsonNode message;
    try {
      message = Json.parseMessage(line);
    } catch (JacksonException e) {
      write(JsonRpc.error(null, ErrorCodes.PARSE_ERROR, "Parse error: not valid JSON", null));
      return;
    }
    JsonRpc.Kind kind;
    try {
      kind = JsonRpc.classify(message);
    } catch (McpException e) {
      write(JsonRpc.error(JsonRpc.replyId(message), e));
      return;
    }
    ObjectNode msg = (ObjectNode) message;
    switch (kind) {
      case NOTIFICATION -> server.handleNotification(msg, inbound());
      case RESPONSE -> server.handleResponse(msg, inbound());
      case REQUEST ->
          server.serve(
              msg,
              inbound(),
              response -> {
                if (response != null) {
                  write(response);
                }
              });
    }
  }

  private Inbound inbound() {
    return Inbound.of(session, credential, outbound);
  }

  private synchronized void write(ObjectNode message) {
    try {
      out.write(Json.writeBytes(message));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * End of input: requests still running get up to the grace period to finish and send their
   * answers; any still running then is answered with an error and cancelled.
   */
  private void shutdown() {
    server.drain(shutdownGrace);
    server.sessionClosed(session);
  }

  /** Reads UTF-8 lines with a length cap. */
  private static final class LineReader {
    static final String TOO_LONG = "\u0000too-long";
    private final InputStream in;
    private final int max;
    private final byte[] buffer = new byte[8192];
    private int pos;
    private int len;

    LineReader(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    String next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      boolean tooLong = false;
      while (true) {
        if (pos == len) {
          len = in.read(buffer);
          pos = 0;
          if (len <= 0) {
            len = 0;
            return line.size() > 0 || tooLong ? finish(line, tooLong) : null;
          }
        }
        byte b = buffer[pos++];
        if (b == '\n') {
          return finish(line, tooLong);
        }
        if (line.size() >= max) {
          tooLong = true;
          line.reset();
        } else if (!tooLong) {
          line.write(b);
        }
      }
    }

    private static String finish(java.io.ByteArrayOutputStream line, boolean tooLong) {
      if (tooLong) {
        return TOO_LONG;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
  }
}
