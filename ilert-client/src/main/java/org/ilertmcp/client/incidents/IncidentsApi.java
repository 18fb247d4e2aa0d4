package org.ilertmcp.client.incidents;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.Tagged;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.ApiResponse;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Transport;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/incidents}: list, get (with its ETag), create, update with {@code If-Match},
 * publish-info dry run, private subscribers.
 */
public final class IncidentsApi {
  /** Largest page without includes. */
  public static final int MAX_PAGE = 100;

  /** Largest page when any include is given. */
  public static final int MAX_PAGE_WITH_INCLUDE = 25;

  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public IncidentsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /incidents}.
   *
   * @param ctx call context
   * @param query filters
   * @param page page, or null for ilert's default of 10
   * @return one page
   */
  public List<Incident> list(CallContext ctx, IncidentQuery query, Page page) {
    Paging.check(page, maxPage(query));
    ApiRequest request =
        ApiRequest.get("incidents")
            .page(page)
            .params("include", query.include())
            .params("states", query.states())
            .params("services", query.services())
            .param("from", query.from())
            .param("until", query.until())
            .build();
    return transport.callList(ctx, request, Incident.class);
  }

  /**
   * Walks all pages up to {@code cap} incidents.
   *
   * @param ctx call context
   * @param query filters
   * @param cap most entries
   * @return up to {@code cap} incidents
   */
  public List<Incident> listAll(CallContext ctx, IncidentQuery query, int cap) {
    return Paging.collect(cap, maxPage(query), page -> list(ctx, query, page));
  }

  private static int maxPage(IncidentQuery query) {
    return query.include() == null || query.include().isEmpty() ? MAX_PAGE : MAX_PAGE_WITH_INCLUDE;
  }

  /**
   * {@code GET /incidents/{id}} with its {@code ETag}, for a later {@link #update}.
   *
   * @param ctx call context
   * @param id incident id
   * @param include {@code subscribed}, {@code affectedTeams}, {@code history}; may be empty
   * @return the incident and its ETag
   */
  public Tagged<Incident> get(CallContext ctx, long id, List<String> include) {
    ApiRequest request = ApiRequest.get("incidents", id).params("include", include).build();
    ApiResponse response = transport.send(ctx, request);
    Incident incident =
        transport.read(response, transport.mapper().constructType(Incident.class), request);
    return new Tagged<>(incident, response.header("ETag"));
  }

  /**
   * {@code POST /incidents}: creates the incident and publishes it to subscribers of the affected
   * services when {@code sendNotification} is true.
   *
   * @param ctx call context
   * @param incident the incident
   * @return the created incident
   */
  public Incident create(CallContext ctx, Incident incident) {
    return transport.call(ctx, ApiRequest.post("incidents").body(incident).build(), Incident.class);
  }

  /**
   * {@code PUT /incidents/{id}}: adds an update to the history. With {@code ifMatch}, a concurrent
   * change makes ilert answer 412 ({@code CONFLICT}).
   *
   * @param ctx call context
   * @param id incident id
   * @param incident the full new state
   * @param ifMatch the ETag from {@link #get}, or null to update unconditionally
   * @return the updated incident
   */
  public Incident update(CallContext ctx, long id, Incident incident, String ifMatch) {
    return transport.call(
        ctx,
        ApiRequest.put("incidents", id).header("If-Match", ifMatch).body(incident).build(),
        Incident.class);
  }

  /**
   * {@code POST /incidents/publish-info}: which status pages and subscribers an incident would
   * reach, without creating it.
   *
   * @param ctx call context
   * @param incident the draft
   * @return the forecast as raw JSON
   */
  public JsonNode publishInfo(CallContext ctx, Incident incident) {
    return transport.call(
        ctx, ApiRequest.post("incidents", "publish-info").body(incident).build(), JsonNode.class);
  }

  /**
   * {@code GET /incidents/{id}/private-subscribers}.
   *
   * @param ctx call context
   * @param id incident id
   * @return the private subscribers
   */
  public List<Subscriber> privateSubscribers(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("incidents", id, "private-subscribers").build(), Subscriber.class);
  }

  /**
   * {@code POST /incidents/{id}/private-subscribers}: adds subscribers.
   *
   * @param ctx call context
   * @param id incident id
   * @param subscribers users or teams to add
   */
  public void addPrivateSubscribers(CallContext ctx, long id, List<Subscriber> subscribers) {
    transport.send(
        ctx, ApiRequest.post("incidents", id, "private-subscribers").body(subscribers).build());
  }
}
