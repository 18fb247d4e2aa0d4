package org.ilertmcp.server.tools.services;

import java.util.List;
import org.ilertmcp.server.tool.IlertTool;

/** The {@code services} toolset, in catalogue order. */
public final class ServiceTools {
  private ServiceTools() {}

  public static List<IlertTool> all() {
    return List.of(
        new ListServicesTool(),
        new GetServiceTool(),
        new ListServiceOutagesTool(),
        new ListStatusPagesTool(),
        new GetStatusPageTool());
  }
}
