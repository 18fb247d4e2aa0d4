package org.ilertmcp.server.tool.output;

import java.util.Locale;
import java.util.Optional;

/**
 * How a tool result's text block renders its structured content. Clients that hand the model the
 * structured content ignore it; clients that show only text hand the model this block.
 */
public enum TextFormat {
  /** The structured content as JSON, as the MCP specification recommends (the default). */
  JSON(2.0),
  /**
   * A compact rendering for clients that show only text: {@code key: value} lines, lists of objects
   * as tables with the keys once in a header row.
   */
  COMPACT(1.6);

  /** The whole result's size as a multiple of its structured content's (text block included). */
  private final double wholeOverStructured;

  TextFormat(double wholeOverStructured) {
    this.wholeOverStructured = wholeOverStructured;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The share of a whole-result budget of {@code maxTokens} left for the structured content: half
   * for JSON (the text block repeats it), more for the compact rendering, which is smaller.
   */
  public int structuredTokens(int maxTokens) {
    return (int) (maxTokens / wholeOverStructured);
  }

  public static Optional<TextFormat> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    for (TextFormat format : values()) {
      if (format.wireName().equals(value.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
