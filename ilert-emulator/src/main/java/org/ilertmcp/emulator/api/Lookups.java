package org.ilertmcp.emulator.api;

import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.ApiRequest;

/** Finds entities by id for a caller, answering 404 for missing and invisible ones alike. */
final class Lookups {
  private final Context ctx;

  Lookups(Context ctx) {
    this.ctx = ctx;
  }

  Alert alert(ApiRequest req, long id) {
    Alert a = ctx.store().alerts().get(id);
    if (a == null || !ctx.visibility().canSee(req.caller(), a)) {
      throw ApiException.notFound("alert " + id + " not found");
    }
    return a;
  }

  AlertSource source(ApiRequest req, long id) {
    AlertSource s = ctx.store().sources().get(id);
    if (s == null || !ctx.visibility().canSee(req.caller(), s.teamIds())) {
      throw ApiException.notFound("alert source " + id + " not found");
    }
    return s;
  }

  EscalationPolicy policy(ApiRequest req, long id) {
    EscalationPolicy p = ctx.store().policies().get(id);
    if (p == null || !ctx.visibility().canSee(req.caller(), p.teamIds())) {
      throw ApiException.notFound("escalation policy " + id + " not found");
    }
    return p;
  }

  Schedule schedule(ApiRequest req, long id) {
    Schedule s = ctx.store().schedules().get(id);
    if (s == null || !ctx.visibility().canSee(req.caller(), s.teamIds())) {
      throw ApiException.notFound("schedule " + id + " not found");
    }
    return s;
  }

  User user(long id) {
    return ctx.store()
        .user(id)
        .orElseThrow(() -> ApiException.notFound("user " + id + " not found"));
  }

  /** A user by numeric id or username (ilert's examples use both). */
  User userByIdOrName(String raw) {
    try {
      return user(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      return ctx.store().users().values().stream()
          .filter(u -> raw.equalsIgnoreCase(u.username()))
          .findFirst()
          .orElseThrow(() -> ApiException.notFound("user " + raw + " not found"));
    }
  }
}
