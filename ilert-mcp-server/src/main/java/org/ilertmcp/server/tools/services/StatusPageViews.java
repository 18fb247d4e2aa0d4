package org.ilertmcp.server.tools.services;

import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.server.tool.output.Shape;

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

  /** A page: id, name, URL, visibility, status, whether it is live and how many services. */
  static final Shape<StatusPage> SUMMARY =
      Shape.<StatusPage>object()
          .integer("id", StatusPage::id)
          .text("name", StatusPage::name)
          .string("url", StatusPageViews::url)
          .unlisted()
          .string("visibility", StatusPage::visibility)
          .unlisted()
          .string("status", StatusPage::status)
          .bool("activated", StatusPage::activated)
          .unlisted()
          .integer("service_count", p -> p.services() == null ? null : p.services().size())
          .unlisted()
          .build();
}
