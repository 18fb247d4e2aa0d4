package org.ilertmcp.client.services;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.outages.ServiceOutage;

/**
 * A service's uptime.
 *
 * @param rangeStart range start
 * @param rangeEnd range end
 * @param outages outages within the range
 * @param uptimePercentage uptime over 90, 60 and 30 days
 */
public record ServiceUptime(
    Instant rangeStart,
    Instant rangeEnd,
    List<ServiceOutage> outages,
    Percentages uptimePercentage) {

  /**
   * Uptime percentages (0..100).
   *
   * @param p90 last 90 days
   * @param p60 last 60 days
   * @param p30 last 30 days
   */
  public record Percentages(Double p90, Double p60, Double p30) {}
}
