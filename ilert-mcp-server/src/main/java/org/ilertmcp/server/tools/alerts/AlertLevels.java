package org.ilertmcp.server.tools.alerts;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;

/** An alert's escalation levels, shared by {@code get_alert} and {@code escalate_alert}. */
public final class AlertLevels {
  private AlertLevels() {}

  /** The levels of the alert's policy (needs {@code include=escalationRules}). */
  public static List<EscalationRule> rules(Alert alert) {
    return alert.escalationRules() == null ? List.of() : alert.escalationRules();
  }

  /**
   * The 0-based current level: ilert's {@code nextEscalationRuleIndex}, or a later level whose
   * users all respond already (ilert keeps the index when escalate_alert reassigned the alert).
   */
  public static int current(Alert alert) {
    int level = alert.nextEscalationRuleIndex() == null ? 0 : alert.nextEscalationRuleIndex();
    Set<Long> responders =
        alert.responders() == null
            ? Set.of()
            : alert.responders().stream()
                .filter(r -> r.user() != null)
                .map(r -> r.user().id())
                .collect(Collectors.toSet());
    List<EscalationRule> rules = rules(alert);
    for (int i = level + 1; i < rules.size(); i++) {
      List<UserRel> users = rules.get(i).users();
      if (users != null
          && !users.isEmpty()
          && users.stream().allMatch(u -> responders.contains(u.id()))) {
        level = i;
      }
    }
    return level;
  }

  /** One level of a policy and its number (1-based). */
  record Level(int number, EscalationRule rule) {}

  /** The alert's levels, numbered. */
  static List<Level> levels(Alert alert) {
    List<EscalationRule> rules = rules(alert);
    return IntStream.range(0, rules.size()).mapToObj(i -> new Level(i + 1, rules.get(i))).toList();
  }

  /** One level: number, timeout, and its user, schedule and team targets. */
  static final Shape<Level> LEVEL =
      Shape.<Level>object()
          .integer("level", Level::number)
          .integer("timeout_minutes", l -> l.rule().escalationTimeout())
          .list("users", Views.REF, l -> refs(l.rule().users(), Views.Ref::user))
          .keepEmpty()
          .list(
              "schedules",
              Views.REF,
              l -> refs(l.rule().schedules(), s -> new Views.Ref(s.id(), s.name())))
          .keepEmpty()
          .list("teams", Views.REF, l -> Views.Ref.teams(l.rule().teams()))
          .keepEmpty()
          .build();

  private static <T> List<Views.Ref> refs(List<T> values, Function<T, Views.Ref> ref) {
    return values == null ? null : values.stream().map(ref).toList();
  }
}
