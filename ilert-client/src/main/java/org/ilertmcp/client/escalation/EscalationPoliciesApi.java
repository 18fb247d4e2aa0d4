package org.ilertmcp.client.escalation;

import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/**
 * {@code /api/escalation-policies}: list (max 50 per page), CRUD, routing-key resolution, levels.
 */
public final class EscalationPoliciesApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 50;

  private final Transport transport;
  private final Resource<EscalationPolicy> resource;

  /**
   * @param transport the client's choke point
   */
  public EscalationPoliciesApi(Transport transport) {
    this.transport = transport;
    this.resource =
        new Resource<>(transport, EscalationPolicy.class, MAX_PAGE, "escalation-policies");
  }

  /**
   * {@code GET /escalation-policies}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<EscalationPolicy> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} entries.
   *
   * @param ctx call context
   * @param cap most entries to return
   * @return up to {@code cap} policies
   */
  public List<EscalationPolicy> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /escalation-policies/{id}}.
   *
   * @param ctx call context
   * @param id policy id
   * @return the policy
   */
  public EscalationPolicy get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /escalation-policies}.
   *
   * @param ctx call context
   * @param policy the new policy
   * @return the created policy
   */
  public EscalationPolicy create(CallContext ctx, EscalationPolicy policy) {
    return resource.create(ctx, policy);
  }

  /**
   * {@code PUT /escalation-policies/{id}} (full replace).
   *
   * @param ctx call context
   * @param id policy id
   * @param policy the full new state
   * @return the updated policy
   */
  public EscalationPolicy update(CallContext ctx, long id, EscalationPolicy policy) {
    return resource.update(ctx, id, policy);
  }

  /**
   * {@code DELETE /escalation-policies/{id}}.
   *
   * @param ctx call context
   * @param id policy id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code GET /escalation-policies/resolve?routing-key=}: the policy an event with this routing
   * key would use.
   *
   * @param ctx call context
   * @param routingKey the routing-key expression
   * @return the policy, or empty when no policy matches (404)
   */
  public Optional<EscalationPolicy> resolveByRoutingKey(CallContext ctx, String routingKey) {
    try {
      return Optional.ofNullable(
          transport.call(
              ctx,
              ApiRequest.get("escalation-policies", "resolve")
                  .param("routing-key", routingKey)
                  .build(),
              EscalationPolicy.class));
    } catch (IlertApiException e) {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * {@code PUT /escalation-policies/{id}/levels/{level}}: replaces one level.
   *
   * @param ctx call context
   * @param id policy id
   * @param level 0-based level index
   * @param rule the new rule
   * @return the stored rule
   */
  public EscalationRule updateLevel(CallContext ctx, long id, int level, EscalationRule rule) {
    return transport.call(
        ctx,
        ApiRequest.put("escalation-policies", id, "levels", level).body(rule).build(),
        EscalationRule.class);
  }
}
