package org.ilertmcp.server.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.Toolset;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Tool counts and {@code tools/list} token cost (bytes / 4) per toolset. */
public final class CatalogStats {
  /** One row of the table. */
  public record Row(String toolset, int tools, int tokens) {}

  private CatalogStats() {}

  /** Rows per toolset in {@code tools}, then a total row. */
  public static List<Row> rows(List<IlertTool> tools, ToolAdapter adapter) {
    Map<Toolset, List<Tool>> bySet = new EnumMap<>(Toolset.class);
    for (IlertTool tool : tools) {
      bySet.computeIfAbsent(tool.spec().toolset(), k -> new ArrayList<>()).add(adapter.adapt(tool));
    }
    List<Row> rows = new ArrayList<>();
    List<Tool> all = new ArrayList<>();
    bySet.forEach(
        (set, list) -> {
          rows.add(new Row(set.wireName(), list.size(), tokens(list)));
          all.addAll(list);
        });
    rows.add(new Row("total", all.size(), tokens(all)));
    return rows;
  }

  /** Tokens of a {@code tools/list} result holding these tools. */
  public static int tokens(List<Tool> tools) {
    ObjectNode result = Json.object();
    ArrayNode array = result.putArray("tools");
    tools.forEach(t -> array.add(t.toJson()));
    return Json.writeBytes(result).length / 4;
  }

  /** The rows as a Markdown table. */
  public static String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder("| toolset | tools | tokens |\n|---|---:|---:|\n");
    for (Row row : rows) {
      out.append("| ")
          .append(row.toolset())
          .append(" | ")
          .append(row.tools())
          .append(" | ")
          .append(row.tokens())
          .append(" |\n");
    }
    return out.toString();
  }
}
