package org.ilertmcp.server.tools.oncall;

import java.util.List;
import org.ilertmcp.server.catalog.IlertTool;

/** The {@code oncall} toolset, in catalogue order. */
public final class OnCallTools {
  private OnCallTools() {}

  public static List<IlertTool> all() {
    return List.of();
  }
}
