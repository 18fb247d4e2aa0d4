package org.ilertmcp.server.tools.analysis.investigate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which services an alert or incident touches, and the open incidents and status pages that show
 * them. ilert's public API does not link alert sources to services, so a service counts as affected
 * when it is owned by a team of the alert's source or policy, when the alert names it (name or
 * alias as a whole word), or when an incident lists it; each service says why.
 */
final class ServiceImpact {
  private final Map<Long, Service> services = new LinkedHashMap<>();
  private final Map<Long, List<String>> reasons = new LinkedHashMap<>();

  ServiceImpact(List<Service> all) {
    all.forEach(s -> services.put(s.id(), s));
  }

  /** Services owned by one of {@code teams}. */
  void byTeams(Set<Long> teams, String owner) {
    for (Service s : services.values()) {
      for (TeamRel t : s.teams() == null ? List.<TeamRel>of() : s.teams()) {
        if (teams.contains(t.id())) {
          add(s.id(), "owned by team " + t.name() + ", like the " + owner);
        }
      }
    }
  }

  /** Services whose name or alias appears as a whole word in {@code text}. */
  void namedIn(String text, String where) {
    if (text == null || text.isBlank()) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (Service s : services.values()) {
      for (String name : new String[] {s.name(), s.alias()}) {
        if (name != null && name.length() >= 3 && mentions(lower, name)) {
          add(s.id(), "named in the " + where);
          break;
        }
      }
    }
  }

  /** Services an incident lists as affected. */
  void inIncident(Incident incident) {
    for (AffectedService a : affected(incident)) {
      add(a.service().id(), "affected by incident " + incident.id() + " (" + a.impact() + ")");
    }
  }

  Set<Long> ids() {
    return reasons.keySet();
  }

  /** The affected services: id, name, status, why. */
  ArrayNode view() {
    ArrayNode out = Json.array();
    reasons.forEach(
        (id, why) -> {
          Service s = services.get(id);
          ObjectNode item = Views.ref(id, s == null ? null : s.name());
          Json.putIfPresent(item, "status", s == null ? null : s.status());
          ArrayNode list = item.putArray("why");
          why.forEach(list::add);
          out.add(item);
        });
    return out;
  }

  /** Unresolved incidents that affect one of these services. */
  ArrayNode openIncidents(List<Incident> incidents) {
    ArrayNode out = Json.array();
    for (Incident i : incidents) {
      if (IncidentStatus.RESOLVED.is(i.status())) {
        continue;
      }
      List<AffectedService> hit =
          affected(i).stream().filter(a -> ids().contains(a.service().id())).toList();
      if (!hit.isEmpty()) {
        ObjectNode item = Views.ref(i.id(), Text.clean(i.summary()));
        item.put("status", i.status());
        Views.instant(item, "since", i.createdAt());
        ArrayNode impacts = item.putArray("impacts");
        hit.forEach(
            a -> impacts.add(Views.ref(a.service().id(), name(a)).put("impact", a.impact())));
        out.add(item);
      }
    }
    return out;
  }

  /** Status pages showing one of these services, with their overall status. */
  ArrayNode statusPages(List<StatusPage> pages) {
    ArrayNode out = Json.array();
    for (StatusPage p : pages) {
      List<Long> shown = new ArrayList<>();
      for (IdRef ref : p.services() == null ? List.<IdRef>of() : p.services()) {
        if (ids().contains(ref.id())) {
          shown.add(ref.id());
        }
      }
      if (!shown.isEmpty()) {
        ObjectNode item = Views.ref(p.id(), p.name());
        Json.putIfPresent(item, "status", p.status());
        Json.putIfPresent(item, "visibility", p.visibility());
        ArrayNode ids = item.putArray("service_ids");
        shown.forEach(ids::add);
        out.add(item);
      }
    }
    return out;
  }

  private String name(AffectedService a) {
    Service s = services.get(a.service().id());
    return s == null ? null : s.name();
  }

  private void add(Long id, String why) {
    if (id != null) {
      List<String> list = reasons.computeIfAbsent(id, k -> new ArrayList<>());
      if (!list.contains(why)) {
        list.add(why);
      }
    }
  }

  private static List<AffectedService> affected(Incident i) {
    return i.affectedServices() == null
        ? List.of()
        : i.affectedServices().stream()
            .filter(a -> a.service() != null && a.service().id() != null)
            .toList();
  }

  private static boolean mentions(String lowerText, String name) {
    String quoted = Pattern.quote(name.toLowerCase(Locale.ROOT));
    return Pattern.compile("(^|[^\\p{L}\\d])" + quoted + "($|[^\\p{L}\\d])")
        .matcher(lowerText)
        .find();
  }
}
