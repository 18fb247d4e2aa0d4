package org.ilertmcp.mcp.server;

import java.util.Optional;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a 2026-07-28 request says about its client in {@code params._meta}: the protocol version,
 * the client's capabilities and identity, and the log level it wants for this request.
 *
 * @param protocolVersion the declared version (not yet checked against those we speak)
 * @param clientCapabilities the declared capabilities
 * @param clientInfo name and version, or an empty object
 * @param logLevel the least severe log notification wanted; empty means none at all
 */
public record RequestMeta(
    String protocolVersion,
    ObjectNode clientCapabilities,
    ObjectNode clientInfo,
    Optional<LogLevel> logLevel) {
  public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
  public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
  public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";
  public static final String SERVER_INFO = "io.modelcontextprotocol/serverInfo";
  public static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

  /** Whether a message's params declare a protocol version per request (the modern era). */
  public static boolean declared(JsonNode params) {
    ObjectNode meta = Json.objectOrNull(params, "_meta");
    return meta != null && meta.has(PROTOCOL_VERSION);
  }

  /**
   * Reads the per-request fields.
   *
   * @throws McpException invalid params when a required field is missing or malformed
   */
  public static RequestMeta parse(JsonNode params) {
    ObjectNode meta = Json.objectOrNull(params, "_meta");
    if (meta == null) {
      throw McpException.invalidParams(
          "params._meta is required: send " + PROTOCOL_VERSION + " and " + CLIENT_CAPABILITIES);
    }
    String version = Json.string(meta, PROTOCOL_VERSION);
    if (version == null) {
      throw McpException.invalidParams("params._meta needs " + PROTOCOL_VERSION + " (a string)");
    }
    ObjectNode capabilities = Json.objectOrNull(meta, CLIENT_CAPABILITIES);
    if (capabilities == null) {
      throw McpException.invalidParams(
          "params._meta needs " + CLIENT_CAPABILITIES + " (an object, {} for none)");
    }
    ObjectNode info = Json.objectOrNull(meta, CLIENT_INFO);
    JsonNode level = meta.get(LOG_LEVEL);
    Optional<LogLevel> logLevel = Optional.empty();
    if (level != null && !level.isNull()) {
      logLevel = LogLevel.fromWire(level.isString() ? level.stringValue() : null);
      if (logLevel.isEmpty()) {
        throw McpException.invalidParams(
            LOG_LEVEL
                + " must be debug, info, notice, warning, error, critical, alert or emergency");
      }
    }
    return new RequestMeta(version, capabilities, info == null ? Json.object() : info, logLevel);
  }

  /**
   * Refuses a version this server does not serve per request.
   *
   * @throws McpException with code -32022 and the supported versions
   */
  public void requireSupported() {
    if (!ProtocolVersions.isModern(protocolVersion)) {
      throw McpException.unsupportedVersion(protocolVersion, ProtocolVersions.ALL);
    }
  }
}
