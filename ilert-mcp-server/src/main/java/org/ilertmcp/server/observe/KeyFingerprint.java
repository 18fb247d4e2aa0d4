package org.ilertmcp.server.observe;

import java.util.Optional;
import org.ilertmcp.mcp.server.McpSession;

/**
 * A short, stable name for an API key in logs and audit records: the first 12 hex digits of the
 * SHA-256 the transport already binds sessions to, never the key. The same key always gives the
 * same fingerprint, so an operator can group one agent's actions; the key cannot be recovered.
 */
public final class KeyFingerprint {
  /** The fingerprint of a request without a key. */
  public static final String NONE = "none";

  private KeyFingerprint() {}

  /** The fingerprint of a request's {@code Authorization} value. */
  public static String of(Optional<String> authorization) {
    if (authorization.isEmpty() || authorization.get().isBlank()) {
      return NONE;
    }
    return McpSession.hash(authorization).substring(0, 12);
  }
}
