package org.ilertmcp.server.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;

/**
 * Which tools a server offers: a pure function of the catalogue and the selection flags, so it is
 * tested without a server.
 *
 * @param toolsets toolset names, {@code default} and {@code all} included
 * @param tools extra tools to include by name
 * @param excludeTools tools to leave out by name
 * @param ceiling the highest access tier this server allows
 */
public record ToolSelection(
    List<String> toolsets, List<String> tools, List<String> excludeTools, AccessTier ceiling) {

  public ToolSelection {
    toolsets = List.copyOf(toolsets);
    tools = List.copyOf(tools);
    excludeTools = List.copyOf(excludeTools);
  }

  public static ToolSelection defaults() {
    return new ToolSelection(List.of("default"), List.of(), List.of(), AccessTier.MANAGE);
  }

  /**
   * The selected tools in catalogue order.
   *
   * @throws IllegalArgumentException naming the first unknown toolset or tool
   */
  public List<IlertTool> apply(List<IlertTool> catalog) {
    boolean byDefault = toolsets.stream().anyMatch(n -> n.trim().equalsIgnoreCase("default"));
    Set<Toolset> named =
        toolsets(toolsets.stream().filter(n -> !n.trim().equalsIgnoreCase("default")).toList());
    for (String name : concat(tools, excludeTools)) {
      if (catalog.stream().noneMatch(t -> t.spec().isCalled(name))) {
        throw new IllegalArgumentException("unknown tool '" + name + "'");
      }
    }
    List<IlertTool> selected = new ArrayList<>();
    for (IlertTool tool : catalog) {
      ToolSpec spec = tool.spec();
      boolean wanted =
          named.contains(spec.toolset())
              || byDefault
                  && (spec.toolset().inDefault() && spec.inDefault() || spec.alwaysInDefault())
              || tools.stream().anyMatch(spec::isCalled);
      if (wanted
          && excludeTools.stream().noneMatch(spec::isCalled)
          && ceiling.allows(spec.tier())) {
        selected.add(tool);
      }
    }
    return selected;
  }

  /** Parses toolset names ({@code default}, {@code all} or toolset names). */
  public static Set<Toolset> toolsets(List<String> names) {
    Set<Toolset> sets = EnumSet.noneOf(Toolset.class);
    for (String raw : names) {
      String name = raw.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (name.equalsIgnoreCase("all")) {
        sets.addAll(EnumSet.allOf(Toolset.class));
      } else if (name.equalsIgnoreCase("default")) {
        for (Toolset set : Toolset.values()) {
          if (set.inDefault()) {
            sets.add(set);
          }
        }
      } else {
        sets.add(
            Toolset.parse(name)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown toolset '"
                                + name
                                + "' (known: default, all, "
                                + java.util.Arrays.stream(Toolset.values())
                                    .map(Toolset::wireName)
                                    .collect(Collectors.joining(", "))
                                + ")")));
      }
    }
    return sets;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return new ArrayList<>(all);
  }
}
