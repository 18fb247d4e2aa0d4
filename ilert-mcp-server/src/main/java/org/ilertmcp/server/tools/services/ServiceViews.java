package org.ilertmcp.server.tools.services;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.services.ServiceUptime;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Projections of services shared by the service tools. */
final class ServiceViews {
  /** What list and get ask ilert to include. */
  static final List<String> INCLUDE = List.of("uptime", "incidents");

  /** Outages, newest first. */
  static final Comparator<ServiceOutage> NEWEST_FIRST =
      Comparator.comparing(ServiceOutage::from, Comparator.nullsLast(Comparator.reverseOrder()));

  private ServiceViews() {}

  /** Id, name, status, uptime percentages and open incidents. */
  static ObjectNode summary(Service s) {
    ObjectNode out = Views.ref(s.id(), Text.clean(s.name()));
    Json.putIfPresent(out, "status", s.status());
    ServiceUptime uptime = s.uptime();
    if (uptime != null && uptime.uptimePercentage() != null) {
      ObjectNode percent = out.putObject("uptime_percent");
      Json.putIfPresent(percent, "last_30d", uptime.uptimePercentage().p30());
      Json.putIfPresent(percent, "last_60d", uptime.uptimePercentage().p60());
      Json.putIfPresent(percent, "last_90d", uptime.uptimePercentage().p90());
    }
    ArrayNode open = out.putArray("open_incidents");
    if (s.incidents() != null) {
      for (Incident i : s.incidents()) {
        ObjectNode item = Views.ref(i.id(), null);
        Json.putIfPresent(item, "summary", Text.clean(i.summary()));
        Json.putIfPresent(item, "status", i.status());
        open.add(item);
      }
    }
    return out;
  }

  static ObjectNode summarySchema() {
    return Schema.object("id", Schema.integer(), "name", Schema.str(), "status", Schema.str());
  }

  /** An outage span with its length in minutes (open spans have no until). */
  static ObjectNode outage(ServiceOutage o) {
    ObjectNode out = Json.object();
    Json.putIfPresent(out, "status", o.status());
    Views.instant(out, "from", o.from());
    Views.instant(out, "until", o.until());
    if (o.from() != null && o.until() != null) {
      out.put("minutes", Duration.between(o.from(), o.until()).toMinutes());
    }
    return out;
  }

  /** A service reference with its name and status where the key can see it. */
  static ObjectNode ref(Long id, Map<Long, Service> services) {
    Service s = id == null ? null : services.get(id);
    ObjectNode out = Views.ref(id, s == null ? null : Text.clean(s.name()));
    return Json.putIfPresent(out, "status", s == null ? null : s.status());
  }
}
