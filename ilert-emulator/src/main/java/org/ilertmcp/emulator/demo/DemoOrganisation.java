package org.ilertmcp.emulator.demo;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.api.Context;

/**
 * Generates the demo organisation deterministically relative to "now": the same seed and the same
 * clock give the same data. See docs/emulator.md for its contents and seeded facts.
 */
public final class DemoOrganisation {
  private final Context ctx;
  private final long seed;

  /** A generator writing into {@code ctx}'s store. */
  public DemoOrganisation(Context ctx, long seed) {
    this.ctx = ctx;
    this.seed = seed;
  }

  /**
   * Populates the store (caller holds the lock) and returns the demo API keys. Without {@code full}
   * only the people (users, teams, keys) are created.
   */
  public List<DemoKey> populate(Instant now, boolean full) {
    List<DemoKey> keys = DemoPeople.populate(ctx.store(), now);
    if (!full) {
      return keys;
    }
    DemoStructure.populate(ctx.store(), now);
    new DemoConfig(ctx.store(), now).populate();
    new DemoAlerts(ctx.store(), ctx.alerts(), ctx.escalation(), seed, now).populate();
    return keys;
  }
}
