package org.ilertmcp.mcp.server;

import java.util.List;

/** The MCP protocol revisions this server speaks, newest first. */
public final class ProtocolVersions {
  public static final String V2025_11_25 = "2025-11-25";
  public static final String V2025_06_18 = "2025-06-18";
  public static final String V2025_03_26 = "2025-03-26";

  /** Newest first; the first entry is offered when a client asks for an unknown revision. */
  public static final List<String> SUPPORTED = List.of(V2025_11_25, V2025_06_18, V2025_03_26);

  /** What a Streamable HTTP request without an MCP-Protocol-Version header is assumed to speak. */
  public static final String HTTP_DEFAULT = V2025_03_26;

  private ProtocolVersions() {}

  public static boolean isSupported(String version) {
    return version != null && SUPPORTED.contains(version);
  }

  /** The version to answer an initialize request with: the client's if we speak it, else ours. */
  public static String negotiate(String requested) {
    return isSupported(requested) ? requested : SUPPORTED.get(0);
  }
}
