package org.ilertmcp.emulator.http;

import java.util.List;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.Role;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.Store;

/**
 * Per-key visibility: resources owned only by PRIVATE teams are visible to those teams' members and
 * to admins. Invisible resources answer 404, as ilert does not tell "missing" from "hidden". The
 * {@code team-context} header (or {@code x-team-context}) narrows lists further.
 */
public final class Visibility {
  private final Store store;

  /** Visibility rules over {@code store}. */
  public Visibility(Store store) {
    this.store = store;
  }

  /** Whether {@code caller} may see a resource owned by {@code teamIds}. */
  public boolean canSee(User caller, List<Long> teamIds) {
    if (caller == null || caller.role() == Role.ADMIN || teamIds.isEmpty()) {
      return true;
    }
    for (Long id : teamIds) {
      Team team = store.teams().get(id);
      if (team == null || !team.isPrivate() || team.hasMember(caller.id())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code caller} may see an alert (through its source). */
  public boolean canSee(User caller, Alert alert) {
    AlertSource source = store.sources().get(alert.sourceId());
    return source == null || canSee(caller, source.teamIds());
  }

  /**
   * Whether a resource passes the team-context header: {@code 0} or absent = all, {@code -1} = the
   * caller's teams, otherwise one team id. Resources without teams pass only "all".
   */
  public boolean inContext(ApiRequest req, List<Long> teamIds) {
    String raw = req.header("team-context");
    if (raw == null) {
      raw = req.header("x-team-context");
    }
    if (raw == null || raw.isBlank() || raw.trim().equals("0")) {
      return true;
    }
    long context;
    try {
      context = Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("team-context must be 0, -1 or a team id");
    }
    if (context == -1) {
      User caller = req.caller();
      return teamIds.stream()
          .map(store.teams()::get)
          .anyMatch(t -> t != null && caller != null && t.hasMember(caller.id()));
    }
    return teamIds.contains(context);
  }

  /** Both checks together. */
  public boolean listed(ApiRequest req, List<Long> teamIds) {
    return canSee(req.caller(), teamIds) && inContext(req, teamIds);
  }
}
