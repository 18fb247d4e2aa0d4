package org.ilertmcp.mcp.tool;

import java.util.List;
import org.ilertmcp.mcp.content.Content;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a tool returns: content blocks for the model, optional structured content matching the
 * tool's output schema, and whether the call failed in a way the model should see.
 */
public record ToolResult(List<Content> content, ObjectNode structuredContent, boolean isError) {

  public ToolResult {
    content = List.copyOf(content);
  }

  /** A successful plain-text result. */
  public static ToolResult text(String text) {
    return new ToolResult(List.of(Content.text(text)), null, false);
  }

  /** A successful result with structured content and its compact text rendering. */
  public static ToolResult structured(ObjectNode structured, String text) {
    return new ToolResult(List.of(Content.text(text)), structured, false);
  }

  /** A successful result with structured content, rendered as compact JSON text. */
  public static ToolResult structured(ObjectNode structured) {
    return structured(structured, Json.write(structured));
  }

  /** Longest error text: an error result fits any result budget whatever input it repeats. */
  public static final int MAX_ERROR_CHARS = 2000;

  /**
   * A failure the model can act on: one actionable sentence, cut to {@value #MAX_ERROR_CHARS}
   * characters.
   */
  public static ToolResult error(String message) {
    return new ToolResult(
        List.of(Content.text(JsonRpc.excerpt(message, MAX_ERROR_CHARS))), null, true);
  }

  /** A successful result with arbitrary content blocks. */
  public static ToolResult of(List<Content> content) {
    return new ToolResult(content, null, false);
  }

  /** The wire form of this result. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object();
    ArrayNode array = out.putArray("content");
    content.forEach(block -> array.add(block.toJson()));
    if (structuredContent != null) {
      out.set("structuredContent", structuredContent);
    }
    if (isError) {
      out.put("isError", true);
    }
    return out;
  }

  /** The text of the first text block, or an empty string. */
  public String firstText() {
    for (Content block : content) {
      if (block instanceof Content.Text) {
        return ((Content.Text) block).text();
      }
    }
    return "";
  }
}
