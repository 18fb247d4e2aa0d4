package org.ilertmcp.client.statuspages;

import java.util.List;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import tools.jackson.databind.JsonNode;

/**
 * A status page.
 *
 * @param id page id
 * @param name name
 * @param subdomain subdomain of {@code ilerthq.com}
 * @param domain custom domain
 * @param timezone IANA time zone
 * @param visibility PUBLIC or PRIVATE (open set)
 * @param status aggregate service status (open set)
 * @param activated whether the page is live
 * @param pageLayout SINGLE_COLUMN or RESPONSIVE (open set)
 * @param appearance LIGHT or DARK (open set)
 * @param teams owning teams
 * @param services services shown (send only ids)
 * @param metrics metrics shown (send only ids)
 * @param structure layout as raw JSON
 * @param groups groups (with {@code include=groups})
 * @param subscribed whether the caller subscribed (with {@code include=subscribed})
 * @param announcement announcement text
 */
public record StatusPage(
    Long id,
    String name,
    String subdomain,
    String domain,
    String timezone,
    String visibility,
    String status,
    Boolean activated,
    String pageLayout,
    String appearance,
    List<TeamRel> teams,
    List<IdRef> services,
    List<IdRef> metrics,
    JsonNode structure,
    List<StatusPageGroup> groups,
    Boolean subscribed,
    String announcement) {}
