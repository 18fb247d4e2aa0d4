package org.ilertmcp.server.tools.analysis.investigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.incidents.AffectedService;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tools.analysis.shared.ServiceMentions;

/**
 * Which services an alert or incident touches, and the open incidents and status pages that show
 * them. ilert's public API does not link alert sources to services, so a service counts as affected
 * when an incident lists it, when the alert names it (summary, key, labels, links), or when it is
 * owned by a team of the alert's source or policy. Services are listed strongest evidence first,
 * each with its evidence ({@code strong}: an incident or a name; {@code weak}: a shared team only)
 * and why.
 */
final class ServiceImpact {
  private final Map<Long, Service> services = new LinkedHashMap<>();
  private final Map<Long, List<String>> reasons = new LinkedHashMap<>();
  private final Map<Long, Integer> strength = new LinkedHashMap<>();

  /** Evidence weights: an incident lists it > the alert's summary names it > other names > team. */
  static final int INCIDENT = 8;

  static final int NAMED_IN_SUMMARY = 4;
  static final int NAMED_ELSEWHERE = 2;
  static final int SAME_TEAM = 1;

  ServiceImpact(List<Service> all) {
    all.forEach(s -> services.put(s.id(), s));
  }

  /** Services owned by one of {@code teams}. */
  void byTeams(Set<Long> teams, String owner) {
    for (Service s : services.values()) {
      for (TeamRel t : s.teams() == null ? List.<TeamRel>of() : s.teams()) {
        if (teams.contains(t.id())) {
          add(s.id(), "owned by team " + t.name() + ", like the " + owner, SAME_TEAM);
        }
      }
    }
  }

  /** Services the alert names in its summary, key, labels or links. */
  void namedBy(Alert alert) {
    for (ServiceMentions.Mention m : ServiceMentions.in(alert, services.values())) {
      for (String where : m.where()) {
        add(
            m.service().id(),
            "named in the " + where,
            where.equals("alert summary") ? NAMED_IN_SUMMARY : NAMED_ELSEWHERE);
      }
    }
  }

  /** Services an incident lists as affected. */
  void inIncident(Incident incident) {
    for (AffectedService a : affected(incident)) {
      add(
          a.service().id(),
          "affected by incident " + incident.id() + " (" + a.impact() + ")",
          INCIDENT);
    }
  }

  Set<Long> ids() {
    return reasons.keySet();
  }

  /** An affected service: its status, how strong the evidence is and why it counts. */
  record Affected(Long id, String name, String status, String evidence, List<String> why) {}

  static final Shape<Affected> AFFECTED =
      Shape.<Affected>object()
          .integer("id", Affected::id)
          .string("name", Affected::name)
          .string("status", Affected::status)
          .string("evidence", Affected::evidence)
          .strings("why", Affected::why)
          .keepEmpty()
          .build();

  /** An unresolved incident and the affected services it shows, with their impact. */
  record OpenIncident(Incident incident, List<Views.Impact> impacts) {}

  static final Shape<OpenIncident> OPEN_INCIDENT =
      Shape.<OpenIncident>object()
          .integer("id", o -> o.incident().id())
          .text("name", o -> o.incident().summary())
          .string("status", o -> o.incident().status())
          .time("since", o -> o.incident().createdAt())
          .list("impacts", Views.IMPACT, OpenIncident::impacts)
          .keepEmpty()
          .build();

  /** A status page showing some of the affected services. */
  record PageHit(StatusPage page, List<Long> serviceIds) {}

  static final Shape<PageHit> STATUS_PAGE =
      Shape.<PageHit>object()
          .integer("id", h -> h.page().id())
          .string("name", h -> h.page().name())
          .string("status", h -> h.page().status())
          .string("visibility", h -> h.page().visibility())
          .integers("service_ids", PageHit::serviceIds)
          .keepEmpty()
          .build();

  /** The affected services, strongest evidence first: id, name, status, evidence, why. */
  List<Affected> affected() {
    return ranked().stream()
        .map(
            id -> {
              Service s = services.get(id);
              return new Affected(
                  id,
                  s == null ? null : s.name(),
                  s == null ? null : s.status(),
                  strength.get(id) > SAME_TEAM ? "strong" : "weak",
                  reasons.get(id));
            })
        .toList();
  }

  /** Affected service ids, strongest evidence first (ties keep the order found). */
  List<Long> ranked() {
    return reasons.keySet().stream()
        .sorted(Comparator.comparing((Long id) -> strength.get(id)).reversed())
        .toList();
  }

  /** Unresolved incidents that affect one of these services. */
  List<OpenIncident> openIncidents(List<Incident> incidents) {
    List<OpenIncident> out = new ArrayList<>();
    for (Incident i : incidents) {
      if (IncidentStatus.RESOLVED.is(i.status())) {
        continue;
      }
      List<AffectedService> hit =
          affected(i).stream().filter(a -> ids().contains(a.service().id())).toList();
      if (!hit.isEmpty()) {
        out.add(
            new OpenIncident(
                i,
                hit.stream()
                    .map(a -> new Views.Impact(a.service().id(), name(a), a.impact()))
                    .toList()));
      }
    }
    return out;
  }

  /** Status pages showing one of these services, with their overall status. */
  List<PageHit> statusPages(List<StatusPage> pages) {
    List<PageHit> out = new ArrayList<>();
    for (StatusPage p : pages) {
      List<Long> shown = new ArrayList<>();
      for (IdRef ref : p.services() == null ? List.<IdRef>of() : p.services()) {
        if (ids().contains(ref.id())) {
          shown.add(ref.id());
        }
      }
      if (!shown.isEmpty()) {
        out.add(new PageHit(p, shown));
      }
    }
    return out;
  }

  private String name(AffectedService a) {
    Service s = services.get(a.service().id());
    return s == null ? null : s.name();
  }

  private void add(Long id, String why, int weight) {
    if (id != null) {
      List<String> list = reasons.computeIfAbsent(id, k -> new ArrayList<>());
      if (!list.contains(why)) {
        list.add(why);
        strength.merge(id, weight, Integer::sum);
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
}
