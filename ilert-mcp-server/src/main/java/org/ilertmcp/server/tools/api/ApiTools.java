package org.ilertmcp.server.tools.api;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The opt-in {@code api} toolset, in catalogue order. */
public final class ApiTools {
  private ApiTools() {}

  public static List<IlertTool> all() {
    return List.of(new SearchIlertApiTool(), new CallIlertApiTool());
  }
}
