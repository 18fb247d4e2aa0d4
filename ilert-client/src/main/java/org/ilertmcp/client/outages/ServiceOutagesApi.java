package org.ilertmcp.client.outages;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Transport;

/** {@code /api/service-outages}: outages and their overrides. */
public final class ServiceOutagesApi {
  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public ServiceOutagesApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /service-outages}.
   *
   * @param ctx call context
   * @param query filters
   * @return the outages
   */
  public List<ServiceOutage> list(CallContext ctx, OutageQuery query) {
    return transport.callList(
        ctx,
        ApiRequest.get("service-outages")
            .param("service", query.service())
            .param("from", query.from())
            .param("until", query.until())
            .param("ignore-overrides", query.ignoreOverrides())
            .build(),
        ServiceOutage.class);
  }

  /**
   * {@code GET /service-outages/overrides}.
   *
   * @param ctx call context
   * @param query filters ({@code ignoreOverrides} is not used)
   * @return the overrides
   */
  public List<ServiceOutageOverride> overrides(CallContext ctx, OutageQuery query) {
    return transport.callList(
        ctx,
        ApiRequest.get("service-outages", "overrides")
            .param("service", query.service())
            .param("from", query.from())
            .param("until", query.until())
            .build(),
        ServiceOutageOverride.class);
  }

  /**
   * {@code GET /service-outages/overrides/{id}}.
   *
   * @param ctx call context
   * @param id override id
   * @return the override
   */
  public ServiceOutageOverride getOverride(CallContext ctx, String id) {
    return transport.call(
        ctx,
        ApiRequest.get("service-outages", "overrides", id).build(),
        ServiceOutageOverride.class);
  }

  /**
   * {@code POST /service-outages/overrides}: rewrites public uptime history.
   *
   * @param ctx call context
   * @param override the override
   * @return the created override
   */
  public ServiceOutageOverride createOverride(CallContext ctx, ServiceOutageOverride override) {
    return transport.call(
        ctx,
        ApiRequest.post("service-outages", "overrides").body(override).build(),
        ServiceOutageOverride.class);
  }

  /**
   * {@code PUT /service-outages/overrides/{id}}.
   *
   * @param ctx call context
   * @param id override id
   * @param override the full new state
   * @return the updated override
   */
  public ServiceOutageOverride updateOverride(
      CallContext ctx, String id, ServiceOutageOverride override) {
    return transport.call(
        ctx,
        ApiRequest.put("service-outages", "overrides", id).body(override).build(),
        ServiceOutageOverride.class);
  }

  /**
   * {@code DELETE /service-outages/overrides/{id}}.
   *
   * @param ctx call context
   * @param id override id
   */
  public void deleteOverride(CallContext ctx, String id) {
    transport.send(ctx, ApiRequest.delete("service-outages", "overrides", id).build());
  }
}
