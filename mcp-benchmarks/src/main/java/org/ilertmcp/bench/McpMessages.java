package org.ilertmcp.bench;

import java.nio.charset.StandardCharsets;

/** The JSON-RPC messages the load generator sends, prebuilt as far as possible. */
final class McpMessages {
  static final byte[] INITIALIZE = initialize(1);
  static final byte[] INITIALIZED =
      ascii("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

  /** What every echo answer must contain, as bytes so checking it costs no decoding. */
  static final byte[] EXPECTED_ECHO = ascii(EchoTool.reply("hello bench"));

  private static final String CALL_HEAD = "{\"jsonrpc\":\"2.0\",\"id\":";
  private static final String CALL_TAIL =
      ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
          + "\"arguments\":{\"message\":\"hello bench\"}}}";

  private McpMessages() {}

  static byte[] initialize(int id) {
    return ascii(
        "{\"jsonrpc\":\"2.0\",\"id\":"
            + id
            + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"mcp-bench\",\"version\":\"0.1.0\"}}}");
  }

  static byte[] echoCall(long id) {
    return ascii(CALL_HEAD + id + CALL_TAIL);
  }

  private static final String MODERN_TAIL =
      ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
          + "\"arguments\":{\"message\":\"hello bench\"},\"_meta\":{"
          + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
          + "\"io.modelcontextprotocol/clientCapabilities\":{},"
          + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"mcp-bench\",\"version\":\"0.1.0\"}}}}";

  /** The same echo call in 2026-07-28 form: everything about the client in {@code _meta}. */
  static byte[] modernEchoCall(long id) {
    return ascii(CALL_HEAD + id + MODERN_TAIL);
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
