package org.ilertmcp.bench;

/**
 * The tool every server under test exposes, shaped like server-everything's {@code echo} so all
 * three do the same work per call: validate {@code {"message": string}} and answer one text block.
 */
final class EchoTool {
  static final String NAME = "echo";
  static final String TITLE = "Echo Tool";
  static final String DESCRIPTION = "Echoes back the input string";
  static final String INPUT_SCHEMA =
      "{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\","
          + "\"description\":\"Message to echo\"}},\"required\":[\"message\"]}";

  /** The text every server answers with for {@code message}. */
  static String reply(Object message) {
    return "Echo: " + message;
  }

  private EchoTool() {}
}
