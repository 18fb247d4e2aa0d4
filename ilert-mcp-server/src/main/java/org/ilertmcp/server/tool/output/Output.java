package org.ilertmcp.server.tool.output;

import java.util.function.IntFunction;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The output contract: structured content plus one compact text block, within a token budget (bytes
 * / 4). When a result is too big it is cut — long texts first, then list items from the end — and
 * says so, what was left out and how to get the rest; never silently, never an error.
 */
public final class Output {
  /** Longest text field kept whole when a result must shrink. */
  static final int LONG_TEXT = 1000;

  private Output() {}

  /** Approximate tokens of a JSON value: its compact UTF-8 size / 4. */
  public static int tokens(JsonNode node) {
    return Json.writeBytes(node).length / 4;
  }

  /** A result without a list to cut. */
  public static ToolResult of(ObjectNode result, int maxTokens) {
    return fit(result, null, maxTokens, null);
  }

  /**
   * A list result: {@code result.get(listField)} is cut from the end if needed, and {@code
   * next_cursor} is set from {@code cursorAfter}, given how many items were kept, so items cut for
   * size are the first ones the next page returns.
   *
   * @param cursorAfter the cursor that continues after the first {@code n} items, or null if
   *     nothing follows them
   */
  public static ToolResult list(
      ObjectNode result, String listField, int maxTokens, IntFunction<String> cursorAfter) {
    return fit(result, listField, maxTokens, cursorAfter);
  }

  /** A list result whose tool has no cursor: cut items can only be reached by narrowing. */
  public static ToolResult list(ObjectNode result, String listField, int maxTokens) {
    return fit(result, listField, maxTokens, null);
  }

  /**
   * A result made of several lists (an evidence bundle): when it is too big, long texts are
   * shortened first, then items are cut from the end of the listed arrays in turns — one from each,
   * in the order given — until it fits. The {@code truncated} note counts what each section lost.
   *
   * @param cutOrder dotted paths of the arrays that may be cut (e.g. {@code "related.alerts"}), the
   *     least important first
   */
  public static ToolResult sections(ObjectNode result, int maxTokens, String... cutOrder) {
    if (tokens(result) > maxTokens) {
      shortenTexts(result, LONG_TEXT);
    }
    long limit = maxBytes(maxTokens);
    long bytes = Json.writeBytes(result).length;
    ObjectNode omitted = null;
    int turn = 0;
    int emptyInARow = 0;
    while (bytes > limit && cutOrder.length > 0 && emptyInARow < cutOrder.length) {
      String path = cutOrder[turn++ % cutOrder.length];
      if (!(at(result, path) instanceof ArrayNode items) || items.isEmpty()) {
        emptyInARow++;
        continue;
      }
      emptyInARow = 0;
      if (omitted == null) {
        ObjectNode note = result.putObject("truncated");
        omitted = note.putObject("omitted");
        note.put("reason", "the result exceeded the budget of " + maxTokens + " tokens");
        note.put("how_to_get_more", "call the tools named in each section's source for the rest");
        bytes = Json.writeBytes(result).length;
      }
      JsonNode cut = items.remove(items.size() - 1);
      int before = omitted.path(path).asInt(0);
      omitted.put(path, before + 1);
      // a lower bound of the new size, so nothing more is cut than needed; confirmed when it fits
      bytes -= Json.writeBytes(cut).length + (items.isEmpty() ? 0 : 1);
      bytes += before == 0 ? path.length() + 4 : 0;
      if (bytes <= limit) {
        bytes = Json.writeBytes(result).length;
      }
    }
    if (tokens(result) > maxTokens) {
      shortenTexts(result, 120);
    }
    return ToolResult.structured(result, Json.write(result));
  }

  private static JsonNode at(JsonNode root, String dottedPath) {
    JsonNode node = root;
    for (String name : dottedPath.split("\\.")) {
      node = node.path(name);
    }
    return node;
  }

  private static ToolResult fit(
      ObjectNode result, String listField, int maxTokens, IntFunction<String> cursorAfter) {
    if (tokens(result) > maxTokens) {
      shortenTexts(result, LONG_TEXT);
    }
    ArrayNode items = listField == null ? null : (ArrayNode) result.get(listField);
    if (items != null) {
      int total = items.size();
      annotate(result, items, total, maxTokens, cursorAfter);
      if (tokens(result) > maxTokens) {
        keepLongestFittingPrefix(result, items, total, maxTokens, cursorAfter);
      }
    }
    if (tokens(result) > maxTokens) {
      shortenTexts(result, 120);
    }
    return ToolResult.structured(result, Json.write(result));
  }

  /**
   * Cuts {@code items} to the longest prefix with which the result fits. Each item is serialized
   * once and the kept count follows from their sizes, so the cost is linear in the list; the note
   * and cursor change the size by a few bytes, which the final steps of one item each correct.
   */
  private static void keepLongestFittingPrefix(
      ObjectNode result,
      ArrayNode items,
      int total,
      int maxTokens,
      IntFunction<String> cursorAfter) {
    int[] sizes = new int[total];
    for (int i = 0; i < total; i++) {
      sizes[i] = Json.writeBytes(items.get(i)).length;
    }
    ArrayNode all = items.deepCopy();
    items.removeAll();
    annotate(result, items, total, maxTokens, cursorAfter);
    long room = maxBytes(maxTokens) - Json.writeBytes(result).length;
    int kept = 0;
    for (long used = 0; kept < total; kept++) {
      used += sizes[kept] + (kept > 0 ? 1 : 0);
      if (used > room) {
        break;
      }
    }
    for (int i = 0; i < kept; i++) {
      items.add(all.get(i));
    }
    annotate(result, items, total, maxTokens, cursorAfter);
    while (!items.isEmpty() && tokens(result) > maxTokens) {
      items.remove(items.size() - 1);
      annotate(result, items, total, maxTokens, cursorAfter);
    }
    while (items.size() < total && tokens(result) <= maxTokens) {
      items.add(all.get(items.size()));
      annotate(result, items, total, maxTokens, cursorAfter);
      if (tokens(result) > maxTokens) {
        items.remove(items.size() - 1);
        annotate(result, items, total, maxTokens, cursorAfter);
        break;
      }
    }
  }

  /** The most bytes a result of {@code maxTokens} tokens may have ({@link #tokens} rounds down). */
  private static long maxBytes(int maxTokens) {
    return 4L * maxTokens + 3;
  }

  /** Sets the cursor for the items kept and, when some were cut, the note that says so. */
  private static void annotate(
      ObjectNode result,
      ArrayNode items,
      int total,
      int maxTokens,
      IntFunction<String> cursorAfter) {
    String cursor = null;
    if (cursorAfter != null) {
      result.remove("next_cursor");
      cursor = cursorAfter.apply(items.size());
      if (cursor != null) {
        result.put("next_cursor", cursor);
      }
    } else if (result.hasNonNull("next_cursor")) {
      cursor = result.get("next_cursor").asString();
    }
    result.remove("truncated");
    int omitted = total - items.size();
    if (omitted > 0) {
      ObjectNode note = result.putObject("truncated");
      note.put("omitted", omitted);
      note.put("reason", "the result exceeded the budget of " + maxTokens + " tokens");
      note.put(
          "how_to_get_more",
          cursor != null && cursorAfter != null
              ? "call again with next_cursor; it continues with the omitted items"
              : "narrow the request with filters or a lower limit");
    }
  }

  private static void shortenTexts(JsonNode node, int max) {
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames().toArray(String[]::new)) {
        JsonNode child = object.get(name);
        if (child.isString() && child.stringValue().length() > max) {
          object.set(name, StringNode.valueOf(cut(child.stringValue(), max)));
        } else {
          shortenTexts(child, max);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode child = array.get(i);
        if (child.isString() && child.stringValue().length() > max) {
          array.set(i, StringNode.valueOf(cut(child.stringValue(), max)));
        } else {
          shortenTexts(child, max);
        }
      }
    }
  }

  private static String cut(String text, int max) {
    return text.substring(0, max) + " …[" + (text.length() - max) + " more characters cut]";
  }
}
