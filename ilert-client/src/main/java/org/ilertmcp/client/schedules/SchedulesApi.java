package org.ilertmcp.client.schedules;

import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/schedules}: list (max 20 per page), CRUD, shifts, overrides, user on call. */
public final class SchedulesApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 20;

  private final Transport transport;
  private final Resource<Schedule> resource;

  /**
   * @param transport the client's choke point
   */
  public SchedulesApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, Schedule.class, MAX_PAGE, "schedules");
  }

  /**
   * {@code GET /schedules}.
   *
   * @param ctx call context
   * @param include {@code scheduleLayers}, {@code shifts}, {@code currentShift}, {@code nextShift},
   *     {@code past}; may be empty
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<Schedule> list(CallContext ctx, List<String> include, Page page) {
    Paging.check(page, MAX_PAGE);
    return transport.callList(
        ctx,
        ApiRequest.get("schedules").params("include", include).page(page).build(),
        Schedule.class);
  }

  /**
   * Walks all pages up to {@code cap} schedules.
   *
   * @param ctx call context
   * @param include includes
   * @param cap most entries
   * @return up to {@code cap} schedules
   */
  public List<Schedule> listAll(CallContext ctx, List<String> include, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, include, page));
  }

  /**
   * {@code GET /schedules/{id}}.
   *
   * @param ctx call context
   * @param id schedule id
   * @param include includes; may be empty
   * @return the schedule
   */
  public Schedule get(CallContext ctx, long id, List<String> include) {
    return transport.call(
        ctx, ApiRequest.get("schedules", id).params("include", include).build(), Schedule.class);
  }

  /**
   * {@code POST /schedules}.
   *
   * @param ctx call context
   * @param schedule the new schedule
   * @param abortOnGaps whether ilert refuses a schedule with gaps, or null
   * @return the created schedule
   */
  public Schedule create(CallContext ctx, Schedule schedule, Boolean abortOnGaps) {
    return transport.call(
        ctx,
        ApiRequest.post("schedules").param("abort-on-gaps", abortOnGaps).body(schedule).build(),
        Schedule.class);
  }

  /**
   * {@code PUT /schedules/{id}} (full replace; the type cannot change).
   *
   * @param ctx call context
   * @param id schedule id
   * @param schedule the full new state
   * @param abortOnGaps whether ilert refuses a schedule with gaps, or null
   * @return the updated schedule
   */
  public Schedule update(CallContext ctx, long id, Schedule schedule, Boolean abortOnGaps) {
    return transport.call(
        ctx,
        ApiRequest.put("schedules", id).param("abort-on-gaps", abortOnGaps).body(schedule).build(),
        Schedule.class);
  }

  /**
   * {@code DELETE /schedules/{id}}.
   *
   * @param ctx call context
   * @param id schedule id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code GET /schedules/{id}/shifts}.
   *
   * @param ctx call context
   * @param id schedule id
   * @param query range and override option
   * @return the shifts
   */
  public List<Shift> shifts(CallContext ctx, long id, ShiftQuery query) {
    return transport.callList(
        ctx,
        ApiRequest.get("schedules", id, "shifts")
            .param("from", query.from())
            .param("until", query.until())
            .param("exclude-overrides", query.excludeOverrides())
            .build(),
        Shift.class);
  }

  /**
   * {@code GET /schedules/{id}/overrides}.
   *
   * @param ctx call context
   * @param id schedule id
   * @return the override shifts
   */
  public List<Shift> overrides(CallContext ctx, long id) {
    return transport.callList(
        ctx, ApiRequest.get("schedules", id, "overrides").build(), Shift.class);
  }

  /**
   * {@code PUT /schedules/{id}/overrides}: adds an override (must not lie in the past).
   *
   * @param ctx call context
   * @param id schedule id
   * @param override the override shift
   * @return the schedule reference
   */
  public ScheduleRel putOverride(CallContext ctx, long id, Shift override) {
    return transport.call(
        ctx,
        ApiRequest.put("schedules", id, "overrides").body(override).build(),
        ScheduleRel.class);
  }

  /**
   * {@code GET /schedules/{id}/user-on-call}.
   *
   * @param ctx call context
   * @param id schedule id
   * @return the current shift, or empty when nobody is on call (204)
   */
  public Optional<Shift> userOnCall(CallContext ctx, long id) {
    return Optional.ofNullable(
        transport.call(ctx, ApiRequest.get("schedules", id, "user-on-call").build(), Shift.class));
  }
}
