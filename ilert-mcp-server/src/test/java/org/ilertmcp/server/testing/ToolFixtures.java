package org.ilertmcp.server.testing;

import java.time.Clock;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.server.catalog.ToolAdapter;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.ToolServices;

/** An adapter that can render tool definitions without any ilert behind it. */
public final class ToolFixtures {
  private ToolFixtures() {}

  public static ToolAdapter adapter() {
    IlertClient client = IlertClient.builder().baseUrl("http://127.0.0.1:9/api").build();
    return new ToolAdapter(
        ToolServices.builder(client, Clock.systemUTC()).build(), AccessTier.READ);
  }
}
