package org.ilertmcp.mcp.transport.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.jetty.http.HttpFields;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.server.RequestMeta;
import tools.jackson.databind.JsonNode;

/**
 * The 2026-07-28 request headers that mirror the body for intermediaries ({@code
 * MCP-Protocol-Version}, {@code Mcp-Method}, {@code Mcp-Name}): required, and refused with {@code
 * -32020} when they disagree with the body, so a gateway routing on them cannot be misled.
 */
final class ModernHeaders {
  static final String METHOD = "Mcp-Method";
  static final String NAME = "Mcp-Name";
  private static final String B64_START = "=?base64?";
  private static final String B64_END = "?=";

  private ModernHeaders() {}

  /**
   * Checks the headers of a request against its body.
   *
   * @throws McpException with code -32020 on a missing, malformed or mismatching header
   */
  static void check(HttpFields headers, String method, JsonNode params, RequestMeta meta) {
    String version = headers.get(StreamableHttpHandler.VERSION_HEADER);
    if (version == null) {
      throw mismatch("the MCP-Protocol-Version header is required");
    }
    if (!version.equals(meta.protocolVersion())) {
      throw mismatch(
          "the MCP-Protocol-Version header does not match _meta." + RequestMeta.PROTOCOL_VERSION);
    }
    String methodHeader = headers.get(METHOD);
    if (methodHeader == null) {
      throw mismatch("the Mcp-Method header is required");
    }
    if (!methodHeader.equals(method)) {
      throw mismatch("the Mcp-Method header does not match the method in the body");
    }
    String field = nameField(method);
    if (field == null) {
      return;
    }
    String nameHeader = headers.get(NAME);
    if (nameHeader == null) {
      throw mismatch("the Mcp-Name header is required for " + method);
    }
    String body = Json.string(params, field);
    if (!decode(nameHeader).equals(body)) {
      throw mismatch("the Mcp-Name header does not match params." + field);
    }
  }

  /** The body field {@code Mcp-Name} mirrors for {@code method}, or {@code null}. */
  private static String nameField(String method) {
    return switch (method) {
      case "tools/call", "prompts/get" -> "name";
      case "resources/read" -> "uri";
      default -> null;
    };
  }

  /** A header value, decoded from the {@code =?base64?...?=} form when it uses it. */
  static String decode(String value) {
    if (value.length() < B64_START.length() + B64_END.length()
        || !value.startsWith(B64_START)
        || !value.endsWith(B64_END)) {
      return value;
    }
    String encoded = value.substring(B64_START.length(), value.length() - B64_END.length());
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw mismatch("the Mcp-Name header is not valid Base64 inside =?base64?...?=");
    }
  }

  private static McpException mismatch(String why) {
    return new McpException(ErrorCodes.HEADER_MISMATCH, "Header mismatch: " + why);
  }
}
