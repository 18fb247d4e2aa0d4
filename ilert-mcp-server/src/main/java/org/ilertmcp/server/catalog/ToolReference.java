package org.ilertmcp.server.catalog;

import java.util.List;
import java.util.stream.Collectors;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import tools.jackson.databind.JsonNode;

/** The README's generated tool reference: token tables and every tool with its parameters. */
public final class ToolReference {
  public static final String START = "<!-- tool-reference:start (generated; do not edit) -->";
  public static final String END = "<!-- tool-reference:end -->";

  private ToolReference() {}

  public static String markdown(List<IlertTool> catalog, ToolAdapter adapter) {
    StringBuilder out = new StringBuilder();
    List<IlertTool> defaults = ToolSelection.defaults().apply(catalog);
    out.append("Default set (`--toolsets default`, `--access manage`):\n\n");
    out.append(CatalogStats.markdown(CatalogStats.rows(defaults, adapter)));
    out.append("\nEvery tool (`--toolsets all --access admin`):\n\n");
    out.append(CatalogStats.markdown(CatalogStats.rows(catalog, adapter)));
    for (Toolset set : Toolset.values()) {
      List<IlertTool> tools = catalog.stream().filter(t -> t.spec().toolset() == set).toList();
      if (tools.isEmpty()) {
        continue;
      }
      out.append("\n### `")
          .append(set.wireName())
          .append("`")
          .append(set.inDefault() ? "" : " (opt-in)")
          .append("\n\n")
          .append(set.description())
          .append(".\n\n")
          .append("| tool | tier | what it does | parameters |\n|---|---|---|---|\n");
      for (IlertTool tool : tools) {
        ToolSpec spec = tool.spec();
        out.append("| `")
            .append(spec.name())
            .append("` | ")
            .append(spec.tier().wireName())
            .append(" | ")
            .append(escape(spec.description()))
            .append(" | ")
            .append(parameters(spec.inputSchema()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String parameters(JsonNode schema) {
    List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
    String params =
        schema.path("properties").propertyNames().stream()
            .map(p -> "`" + p + "`" + (required.contains(p) ? "*" : ""))
            .collect(Collectors.joining(", "));
    return params.isEmpty() ? "—" : params;
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
