package org.ilertmcp.server.catalog;

import java.time.Clock;
import java.time.Duration;
import org.ilertmcp.client.IlertClient;
import org.ilertmcp.server.tools.Names;

/** An adapter that can render tool definitions without any ilert behind it. */
public final class ToolFixtures {
  private ToolFixtures() {}

  public static ToolAdapter adapter() {
    IlertClient client = IlertClient.builder().baseUrl("http://127.0.0.1:9/api").build();
    return new ToolAdapter(
        new ToolAdapter.Runtime(
            client,
            new Names(client, Clock.systemUTC()),
            8000,
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Clock.systemUTC(),
            AccessTier.READ,
            null));
  }
}
