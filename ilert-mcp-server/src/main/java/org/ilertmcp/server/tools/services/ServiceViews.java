package org.ilertmcp.server.tools.services;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.services.ServiceUptime;
import org.ilertmcp.server.tool.output.Shape;

/** Projections of services shared by the service tools. */
final class ServiceViews {
  /** What list and get ask ilert to include. */
  static final List<String> INCLUDE = List.of("uptime", "incidents");

  /** Outages, newest first. */
  static final Comparator<ServiceOutage> NEWEST_FIRST =
      Comparator.comparing(ServiceOutage::from, Comparator.nullsLast(Comparator.reverseOrder()));

  private ServiceViews() {}

  private static final Shape<ServiceUptime.Percentages> UPTIME =
      Shape.<ServiceUptime.Percentages>object()
          .number("last_30d", ServiceUptime.Percentages::p30)
          .number("last_60d", ServiceUptime.Percentages::p60)
          .number("last_90d", ServiceUptime.Percentages::p90)
          .build();

  /** An open incident of a service: id, summary, status. */
  private static final Shape<Incident> OPEN_INCIDENT =
      Shape.<Incident>object()
          .integer("id", Incident::id)
          .text("summary", Incident::summary)
          .string("status", Incident::status)
          .build();

  /** Id, name, status, uptime percentages and open incidents. */
  static final Shape<Service> SUMMARY =
      Shape.<Service>object()
          .integer("id", Service::id)
          .text("name", Service::name)
          .string("status", Service::status)
          .object(
              "uptime_percent",
              UPTIME,
              s -> s.uptime() == null ? null : s.uptime().uptimePercentage())
          .unlisted()
          .list("open_incidents", OPEN_INCIDENT, Service::incidents)
          .keepEmpty()
          .unlisted()
          .build();

  /** An outage span with its length in minutes (open spans have no until). */
  static final Shape<ServiceOutage> OUTAGE =
      Shape.<ServiceOutage>object()
          .string("status", ServiceOutage::status)
          .time("from", ServiceOutage::from)
          .time("until", ServiceOutage::until)
          .unlisted()
          .integer(
              "minutes",
              o ->
                  o.from() == null || o.until() == null
                      ? null
                      : Duration.between(o.from(), o.until()).toMinutes())
          .unlisted()
          .build();

  /** A service by id, with its name and status where the key can see it. */
  record ServiceRef(Long id, Service service) {
    /**
     * @return the reference of service {@code id}, looked up in {@code services}
     */
    static ServiceRef of(Long id, Map<Long, Service> services) {
      return new ServiceRef(id, id == null ? null : services.get(id));
    }
  }

  static final Shape<ServiceRef> SERVICE_REF =
      Shape.<ServiceRef>object()
          .integer("id", ServiceRef::id)
          .text("name", r -> r.service() == null ? null : r.service().name())
          .string("status", r -> r.service() == null ? null : r.service().status())
          .unlisted()
          .build();
}
