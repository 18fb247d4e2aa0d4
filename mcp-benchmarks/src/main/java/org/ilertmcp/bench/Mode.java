package org.ilertmcp.bench;

import java.util.Locale;

/** How a server under test is reached. */
enum Mode {
  /** Streamable HTTP with a session per client ({@code Mcp-Session-Id}). */
  SESSION,
  /** Streamable HTTP without sessions. */
  STATELESS,
  /**
   * Streamable HTTP under 2026-07-28: no initialize, the protocol version and capabilities in every
   * request's {@code _meta}, mirrored headers, nothing kept between requests.
   */
  MODERN,
  /** Newline-delimited JSON-RPC on stdin/stdout. */
  STDIO;

  /** The command-line spelling passed to the server mains. */
  String arg() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Mode fromArg(String arg) {
    return valueOf(arg.toUpperCase(Locale.ROOT));
  }
}
