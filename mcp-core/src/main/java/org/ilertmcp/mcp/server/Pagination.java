package org.ilertmcp.mcp.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Opaque offset cursors for the list methods. */
final class Pagination {
  private static final String PREFIX = "o1:";

  private Pagination() {}

  /** Writes one page of {@code items} under {@code field}, with {@code nextCursor} when more. */
  static <T> ObjectNode page(
      List<T> items, JsonNode params, int pageSize, String field, Function<T, ObjectNode> json) {
    int offset = offset(params);
    ObjectNode result = Json.object();
    ArrayNode array = result.putArray(field);
    int end = Math.min(items.size(), offset + pageSize);
    for (int i = offset; i < end; i++) {
      array.add(json.apply(items.get(i)));
    }
    if (end < items.size()) {
      result.put("nextCursor", encode(end));
    }
    return result;
  }

  static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(JsonNode params) {
    JsonNode cursor = params == null ? null : params.get("cursor");
    if (cursor == null || cursor.isNull()) {
      return 0;
    }
    if (!cursor.isString()) {
      throw McpException.invalidParams("Invalid cursor: it must be a string from nextCursor");
    }
    try {
      String decoded =
          new String(Base64.getUrlDecoder().decode(cursor.stringValue()), StandardCharsets.UTF_8);
      if (!decoded.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
      if (offset < 0) {
        throw new IllegalArgumentException();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw McpException.invalidParams("Invalid cursor: use a nextCursor value from a list result");
    }
  }
}
