package org.ilertmcp.client.alerts;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Transport;
import tools.jackson.databind.JsonNode;

/** {@code /api/alerts}: list, count, get, manual create, accept, resolve, assign, responders. */
public final class AlertsApi {
  /** Largest page ilert serves for alerts and log entries. */
  public static final int MAX_PAGE = 100;

  private final Transport transport;

  /**
   * @param transport the client's choke point
   */
  public AlertsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * {@code GET /alerts} with all filters.
   *
   * @param ctx call context
   * @param query filters
   * @param page page (max 100), or null for ilert's default of 50
   * @return one page
   */
  public List<Alert> list(CallContext ctx, AlertQuery query, Page page) {
    Paging.check(page, MAX_PAGE);
    ApiRequest request =
        ApiRequest.get("alerts")
            .page(page)
            .params("include", query.include())
            .params("states", query.states())
            .params("sources", query.sources())
            .params("policies", query.policies())
            .params("responders", query.responders())
            .param("from", query.from())
            .param("until", query.until())
            .build();
    return transport.callList(ctx, request, Alert.class);
  }

  /**
   * Walks {@code start-index} up to {@code cap} alerts.
   *
   * @param ctx call context
   * @param query filters
   * @param cap most alerts to return
   * @return up to {@code cap} alerts
   */
  public List<Alert> listAll(CallContext ctx, AlertQuery query, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, query, page));
  }

  /**
   * {@code GET /alerts/count}.
   *
   * @param ctx call context
   * @param query filters
   * @return the number of matching alerts
   */
  public long count(CallContext ctx, AlertCountQuery query) {
    ApiRequest request =
        ApiRequest.get("alerts", "count")
            .params("states", query.states())
            .params("sources", query.sources())
            .params("responders", query.responders())
            .param("from", query.from())
            .param("until", query.until())
            .build();
    JsonNode node = transport.call(ctx, request, JsonNode.class);
    if (node == null || node.get("count") == null || !node.get("count").isNumber()) {
      throw new IlertApiException(
          ErrorKind.MALFORMED_RESPONSE,
          200,
          null,
          "count response without a numeric count",
          null,
          null,
          false,
          request.operation(),
          null);
    }
    return node.get("count").asLong();
  }

  /**
   * {@code GET /alerts/{id}}.
   *
   * @param ctx call context
   * @param id alert id
   * @param include {@code escalationRules}, {@code nextEscalationUser}; may be empty
   * @return the alert
   */
  public Alert get(CallContext ctx, long id, List<String> include) {
    return transport.call(
        ctx, ApiRequest.get("alerts", id).params("include", include).build(), Alert.class);
  }

  /**
   * {@code POST /alerts}: creates and escalates a manual alert.
   *
   * @param ctx call context
   * @param alert the alert
   * @return the created alert
   */
  public Alert create(CallContext ctx, ManualAlert alert) {
    return transport.call(ctx, ApiRequest.post("alerts").body(alert).build(), Alert.class);
  }

  /**
   * {@code PUT /alerts/{id}/accept}.
   *
   * @param ctx call context
   * @param id alert id
   * @return the alert
   */
  public Alert accept(CallContext ctx, long id) {
    return transport.call(ctx, ApiRequest.put("alerts", id, "accept").build(), Alert.class);
  }

  /**
   * {@code PUT /alerts/{id}/resolve}.
   *
   * @param ctx call context
   * @param id alert id
   * @return the alert
   */
  public Alert resolve(CallContext ctx, long id) {
    return transport.call(ctx, ApiRequest.put("alerts", id, "resolve").build(), Alert.class);
  }

  /**
   * {@code PUT /alerts/{id}/assign?user=}.
   *
   * @param ctx call context
   * @param id alert id
   * @param userId the new responder
   * @return the alert
   */
  public Alert assignToUser(CallContext ctx, long id, long userId) {
    return assign(ctx, id, "user", userId);
  }

  /**
   * {@code PUT /alerts/{id}/assign?policy=}.
   *
   * @param ctx call context
   * @param id alert id
   * @param policyId the escalation policy
   * @return the alert
   */
  public Alert assignToPolicy(CallContext ctx, long id, long policyId) {
    return assign(ctx, id, "policy", policyId);
  }

  /**
   * {@code PUT /alerts/{id}/assign?schedule=}.
   *
   * @param ctx call context
   * @param id alert id
   * @param scheduleId the schedule
   * @return the alert
   */
  public Alert assignToSchedule(CallContext ctx, long id, long scheduleId) {
    return assign(ctx, id, "schedule", scheduleId);
  }

  private Alert assign(CallContext ctx, long id, String target, long targetId) {
    return transport.call(
        ctx, ApiRequest.put("alerts", id, "assign").param(target, targetId).build(), Alert.class);
  }

  /**
   * {@code POST /alerts/{id}/responders}. A user who already responds gives a {@code CONFLICT}
   * (405).
   *
   * @param ctx call context
   * @param id alert id
   * @param userId the user to add
   * @return the new responder
   */
  public AlertResponder addResponder(CallContext ctx, long id, long userId) {
    return transport.call(
        ctx,
        ApiRequest.post("alerts", id, "responders")
            .body(Map.of("user", UserRel.of(userId)))
            .build(),
        AlertResponder.class);
  }

  /**
   * {@code DELETE /alerts/{id}/responders/{user-id}}.
   *
   * @param ctx call context
   * @param id alert id
   * @param userId the responder to remove
   */
  public void removeResponder(CallContext ctx, long id, long userId) {
    transport.send(ctx, ApiRequest.delete("alerts", id, "responders", userId).build());
  }

  /**
   * {@code GET /alerts/{id}/suggested-responders}.
   *
   * @param ctx call context
   * @param id alert id
   * @param lang {@code en} or {@code de}, or null
   * @return the suggestions
   */
  public List<SuggestedResponder> suggestedResponders(CallContext ctx, long id, String lang) {
    return transport.callList(
        ctx,
        ApiRequest.get("alerts", id, "suggested-responders").param("lang", lang).build(),
        SuggestedResponder.class);
  }

  /**
   * {@code GET /alerts/{id}/notifications}.
   *
   * @param ctx call context
   * @param id alert id
   * @return the notifications sent for the alert
   */
  public List<Notification> notifications(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("alerts", id, "notifications").build(), Notification.class);
  }

  /**
   * {@code GET /alerts/{id}/log-entries}.
   *
   * @param ctx call context
   * @param id alert id
   * @param query language, filter types and includes
   * @param page page (max 100), or null for ilert's default
   * @return one page of the timeline
   */
  public List<LogEntry> logEntries(CallContext ctx, long id, LogEntryQuery query, Page page) {
    Paging.check(page, MAX_PAGE);
    ApiRequest request =
        ApiRequest.get("alerts", id, "log-entries")
            .param("lang", query.lang())
            .page(page)
            .params("include", query.include())
            .params("filter-types", query.filterTypes())
            .build();
    return transport.callList(ctx, request, LogEntry.class);
  }

  /**
   * Walks the timeline up to {@code cap} entries.
   *
   * @param ctx call context
   * @param id alert id
   * @param query options
   * @param cap most entries
   * @return up to {@code cap} entries
   */
  public List<LogEntry> logEntriesAll(CallContext ctx, long id, LogEntryQuery query, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> logEntries(ctx, id, query, page));
  }

  /**
   * {@code GET /alerts/{id}/actions}: the alert actions that can be run on this alert by hand.
   *
   * @param ctx call context
   * @param id alert id
   * @return the runnable actions
   */
  public List<AlertActionTrigger> actions(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("alerts", id, "actions").build(), AlertActionTrigger.class);
  }

  /**
   * {@code POST /alerts/{id}/actions}: runs an alert action. This fires webhooks or tickets and
   * cannot be undone; check {@link AlertActionResult#success()}.
   *
   * @param ctx call context
   * @param id alert id
   * @param action the action, as returned by {@link #actions}
   * @return the result
   */
  public AlertActionResult runAction(CallContext ctx, long id, AlertActionTrigger action) {
    return transport.call(
        ctx,
        ApiRequest.post("alerts", id, "actions").body(action).build(),
        AlertActionResult.class);
  }
}
