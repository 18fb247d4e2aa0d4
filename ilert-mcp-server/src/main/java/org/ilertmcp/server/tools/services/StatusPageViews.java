package org.ilertmcp.server.tools.services;

import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** Projections of status pages. */
final class StatusPageViews {
  private StatusPageViews() {}

  /** Where the page is served: its custom domain, else its ilerthq.com subdomain. */
  static String url(StatusPage p) {
    if (p.domain() != null && !p.domain().isBlank()) {
      return "https://" + p.domain();
    }
    return p.subdomain() == null ? null : "https://" + p.subdomain() + ".ilerthq.com";
  }

  static ObjectNode summary(StatusPage p) {
    ObjectNode out = Views.ref(p.id(), Text.clean(p.name()));
    Json.putIfPresent(out, "url", url(p));
    Json.putIfPresent(out, "visibility", p.visibility());
    Json.putIfPresent(out, "status", p.status());
    Json.putIfPresent(out, "activated", p.activated());
    Json.putIfPresent(out, "service_count", p.services() == null ? null : p.services().size());
    return out;
  }

  static ObjectNode summarySchema() {
    return Schema.object("id", Schema.integer(), "name", Schema.str(), "status", Schema.str());
  }
}
