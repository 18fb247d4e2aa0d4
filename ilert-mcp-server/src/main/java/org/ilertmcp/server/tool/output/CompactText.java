package org.ilertmcp.server.tool.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compact text rendering of a result ({@link TextFormat#COMPACT}): {@code key: value} lines,
 * nested objects indented, lists of plain values joined by commas, and lists of objects as a table
 * whose header names each key once. A referenced object ({@code {"id": 1, "name": "x"}}) shows as
 * {@code x (1)}; other objects in a cell show as {@code key=value} pairs.
 */
public final class CompactText {
  private CompactText() {}

  /** The rendering of {@code result}. */
  public static String render(ObjectNode result) {
    StringBuilder out = new StringBuilder();
    object(out, result, "");
    return out.toString().stripTrailing();
  }

  private static void object(StringBuilder out, JsonNode node, String indent) {
    for (var field : node.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (value.isArray() && !value.isEmpty() && allObjects(value)) {
        out.append(indent).append(name).append(" (").append(value.size()).append("):\n");
        table(out, value, indent + "  ");
      } else if (value.isObject() && cell(value) == null) {
        out.append(indent).append(name).append(":\n");
        object(out, value, indent + "  ");
      } else {
        out.append(indent).append(name).append(": ").append(inline(value)).append('\n');
      }
    }
  }

  private static void table(StringBuilder out, JsonNode rows, String indent) {
    Set<String> keys = new LinkedHashSet<>();
    rows.forEach(row -> keys.addAll(row.propertyNames()));
    out.append(indent).append(String.join(" | ", keys)).append('\n');
    for (JsonNode row : rows) {
      List<String> cells = new ArrayList<>(keys.size());
      for (String key : keys) {
        JsonNode value = row.get(key);
        cells.add(value == null || value.isNull() ? "" : inline(value).replace("|", "/"));
      }
      out.append(indent).append(String.join(" | ", cells)).append('\n');
    }
  }

  /** One value on one line. */
  private static String inline(JsonNode value) {
    String cell = cell(value);
    if (cell != null) {
      return cell;
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(inline(item)));
      return String.join("; ", items);
    }
    List<String> parts = new ArrayList<>();
    JsonNode id = value.get("id");
    JsonNode name = value.get("name");
    if (name != null && id != null) {
      parts.add(name.asString() + " (" + id.asString() + ")");
    } else if (id != null) {
      parts.add(id.asString());
    }
    for (var field : value.properties()) {
      String key = field.getKey();
      if (!(id != null && (key.equals("id") || key.equals("name"))) && !field.getValue().isNull()) {
        parts.add(key + "=" + inline(field.getValue()));
      }
    }
    return String.join(" ", parts);
  }

  /** A plain value, or a referenced object as {@code name (id)}; null for anything else. */
  private static String cell(JsonNode value) {
    if (value.isString()) {
      return value.stringValue().replace('\n', ' ');
    }
    if (value.isValueNode()) {
      return value.asString();
    }
    if (value.isObject() && value.has("id") && value.size() <= 2) {
      JsonNode name = value.get("name");
      return name == null
          ? value.get("id").asString()
          : name.asString() + " (" + value.get("id").asString() + ")";
    }
    return null;
  }

  private static boolean allObjects(JsonNode array) {
    for (JsonNode item : array) {
      if (!item.isObject()) {
        return false;
      }
    }
    return true;
  }
}
