package org.ilertmcp.mcp.server;

import java.util.List;

/**
 * The MCP protocol revisions this server speaks, newest first: the modern revision, served per
 * request without a handshake, and the legacy revisions a client selects with {@code initialize}.
 */
public final class ProtocolVersions {
  public static final String V2026_07_28 = "2026-07-28";
  public static final String V2025_11_25 = "2025-11-25";
  public static final String V2025_06_18 = "2025-06-18";
  public static final String V2025_03_26 = "2025-03-26";

  /** Revisions carried per request in {@code _meta}, without {@code initialize}. */
  public static final List<String> MODERN = List.of(V2026_07_28);

  /**
   * Revisions negotiated by {@code initialize}, newest first; the first entry is offered when a
   * client asks for one we do not speak.
   */
  public static final List<String> SUPPORTED = List.of(V2025_11_25, V2025_06_18, V2025_03_26);

  /** Every revision, newest first: what {@code server/discover} and version errors list. */
  public static final List<String> ALL =
      List.of(V2026_07_28, V2025_11_25, V2025_06_18, V2025_03_26);

  /** What a Streamable HTTP request without an MCP-Protocol-Version header is assumed to speak. */
  public static final String HTTP_DEFAULT = V2025_03_26;

  private ProtocolVersions() {}

  /** Whether {@code version} is a legacy revision this server negotiates with initialize. */
  public static boolean isSupported(String version) {
    return version != null && SUPPORTED.contains(version);
  }

  /** Whether {@code version} is a modern revision this server serves per request. */
  public static boolean isModern(String version) {
    return version != null && MODERN.contains(version);
  }

  /** The version to answer an initialize request with: the client's if we speak it, else ours. */
  public static String negotiate(String requested) {
    return isSupported(requested) ? requested : SUPPORTED.get(0);
  }
}
