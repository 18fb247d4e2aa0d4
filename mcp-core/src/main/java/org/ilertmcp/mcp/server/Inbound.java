package org.ilertmcp.mcp.server;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a transport knows about one incoming message besides its JSON: the client state it belongs
 * to, the caller's credential, the protocol revision, request metadata and where related messages
 * go.
 *
 * @param session the session (or, in stateless mode, the per-credential client state)
 * @param credential the raw {@code Authorization} value, opaque to this layer; may be empty
 * @param protocolVersion the revision this message is spoken in
 * @param headers HTTP request headers by case-insensitive name (empty for stdio)
 * @param queryParameters HTTP query parameters of the endpoint URL (empty for stdio)
 * @param outbound where related notifications and requests go
 */
public record Inbound(
    McpSession session,
    Optional<String> credential,
    String protocolVersion,
    Function<String, Optional<String>> headers,
    Function<String, Optional<String>> queryParameters,
    Outbound outbound) {

  /** An inbound for a transport without headers or query parameters (stdio, tests). */
  public static Inbound of(McpSession session, Optional<String> credential, Outbound outbound) {
    return new Inbound(
        session,
        credential,
        session.protocolVersion(),
        name -> Optional.empty(),
        name -> Optional.empty(),
        outbound);
  }
}
