package org.ilertmcp.server.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.KeyRoles;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import tools.jackson.databind.JsonNode;

/**
 * The tool reference: per toolset its description and every tool with tier, description, parameters
 * and {@code tools/list} token cost. The README's generated section and the landing page both
 * render it.
 */
public final class ToolReference {
  public static final String START = "<!-- tool-reference:start (generated; do not edit) -->";
  public static final String END = "<!-- tool-reference:end -->";

  /** One input parameter of a tool. */
  public record Parameter(String name, boolean required) {}

  /** One tool with its {@code tools/list} token cost. */
  public record Entry(
      String name, String tier, String description, List<Parameter> parameters, int tokens) {}

  /** One toolset and its tools. */
  public record Section(String toolset, String description, boolean inDefault, List<Entry> tools) {}

  private ToolReference() {}

  /** The sections of {@code tools}, in toolset order, skipping empty toolsets. */
  public static List<Section> sections(List<IlertTool> tools, ToolAdapter adapter) {
    List<Section> sections = new ArrayList<>();
    for (Toolset set : Toolset.values()) {
      List<Entry> entries =
          tools.stream()
              .filter(t -> t.spec().toolset() == set)
              .map(t -> entry(t, adapter))
              .toList();
      if (!entries.isEmpty()) {
        sections.add(new Section(set.wireName(), set.description(), set.inDefault(), entries));
      }
    }
    return sections;
  }

  /** The README section: token tables for the default and the full set, then every tool. */
  public static String markdown(List<IlertTool> catalog, ToolAdapter adapter) {
    StringBuilder out = new StringBuilder();
    List<IlertTool> defaults = ToolSelection.defaults().apply(catalog);
    out.append("Default set (`--toolsets default`, `--access manage`):\n\n");
    out.append(CatalogStats.markdown(CatalogStats.rows(defaults, adapter)));
    out.append("\nEvery tool (`--toolsets all --access admin`):\n\n");
    out.append(CatalogStats.markdown(CatalogStats.rows(catalog, adapter)));
    out.append(roles(defaults));
    for (Section section : sections(catalog, adapter)) {
      out.append("\n### `")
          .append(section.toolset())
          .append("`")
          .append(section.inDefault() ? "" : " (opt-in)")
          .append("\n\n")
          .append(section.description())
          .append(".\n\n")
          .append("| tool | tier | what it does | parameters |\n|---|---|---|---|\n");
      for (Entry tool : section.tools()) {
        out.append("| `")
            .append(tool.name())
            .append("` | ")
            .append(tool.tier())
            .append(" | ")
            .append(escape(tool.description()))
            .append(" | ")
            .append(
                tool.parameters().isEmpty()
                    ? "—"
                    : tool.parameters().stream()
                        .map(p -> "`" + p.name() + "`" + (p.required() ? "*" : ""))
                        .collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  /**
   * The role table: what the ilert role of the key's user allows, and which default tools each role
   * is therefore not offered.
   */
  static String roles(List<IlertTool> defaults) {
    StringBuilder out = new StringBuilder();
    out.append(
        "\nBy the ilert role of the key's user (read once per key, kept "
            + KeyRoles.KNOWN_TTL.toMinutes()
            + " minutes): tools above the role's tier are neither listed nor callable for that"
            + " key. Default set:\n\n");
    out.append("| ilert role | tier | default tools | not offered |\n|---|---|---:|---|\n");
    for (String role : List.of("ADMIN", "USER", "RESPONDER", "STAKEHOLDER, GUEST")) {
      AccessTier tier = KeyRoles.tierOf(role.split(",")[0]).orElseThrow();
      AccessTier effective = ToolSelection.defaults().ceiling().min(tier);
      List<String> hidden =
          defaults.stream()
              .filter(t -> !effective.allows(t.spec().tier()))
              .map(t -> "`" + t.spec().name() + "`")
              .toList();
      out.append("| ")
          .append(role)
          .append(" | ")
          .append(tier.wireName())
          .append(" | ")
          .append(defaults.size() - hidden.size())
          .append(" | ")
          .append(hidden.isEmpty() ? "—" : String.join(", ", hidden))
          .append(" |\n");
    }
    return out.toString();
  }

  private static Entry entry(IlertTool tool, ToolAdapter adapter) {
    ToolSpec spec = tool.spec();
    Tool listed = adapter.adapt(tool);
    return new Entry(
        spec.name(),
        spec.tier().wireName(),
        spec.description(),
        parameters(listed.inputSchema()),
        CatalogStats.tokens(List.of(listed)));
  }

  private static List<Parameter> parameters(JsonNode schema) {
    List<String> required = schema.path("required").valueStream().map(JsonNode::asString).toList();
    return schema.path("properties").propertyNames().stream()
        .map(p -> new Parameter(p, required.contains(p)))
        .toList();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
