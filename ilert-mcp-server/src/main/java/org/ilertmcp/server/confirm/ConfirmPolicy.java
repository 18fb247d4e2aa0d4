package org.ilertmcp.server.confirm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.server.tool.Preview;

/**
 * Which writes a person must confirm. The operator sets it with {@code --confirm}: {@code default}
 * (the high-impact writes below), {@code none}, {@code all} (every write), or tool names, which may
 * be combined with {@code default} ({@code default,create_alert}). A request may add to it with the
 * {@value #HEADER} header or the {@code confirm} query parameter in the same syntax, never take
 * anything away; a value a request spells wrong counts as {@code all}.
 *
 * <p>The default covers resolving a HIGH alert, status updates that notify subscribers, running an
 * alert action, schedule overrides, creating and ending maintenance windows, escalating and
 * reassigning alerts, and every {@code call_ilert_api} that is not a GET (reads never reach the
 * policy).
 */
public final class ConfirmPolicy {
  /** The header with which a request adds to the server's policy. */
  public static final String HEADER = "X-ILERT-MCP-Confirm";

  /** The query parameter with which a request adds to the server's policy. */
  public static final String QUERY = "confirm";

  /** How the default covers a tool: every call, or the calls whose preview is high-impact. */
  enum Rule {
    ALWAYS,
    IF_HIGH_IMPACT
  }

  /** The default policy, by tool name. */
  static final Map<String, Rule> DEFAULTS = defaultRules();

  private final boolean all;
  private final Map<String, Rule> rules;
  private final Set<String> writeTools;

  private ConfirmPolicy(boolean all, Map<String, Rule> rules, Set<String> writeTools) {
    this.all = all;
    this.rules = Map.copyOf(rules);
    this.writeTools = Set.copyOf(writeTools);
  }

  private ConfirmPolicy(boolean all, Map<String, Rule> rules) {
    this(all, rules, Set.of());
  }

  /** The default policy. */
  public static ConfirmPolicy defaults() {
    return new ConfirmPolicy(false, DEFAULTS);
  }

  /** A policy that covers nothing. */
  public static ConfirmPolicy none() {
    return new ConfirmPolicy(false, Map.of());
  }

  /**
   * Reads {@code --confirm}: {@code default}, {@code none}, {@code all} or tool names, comma
   * separated.
   *
   * @param writeTools the names of the tools that change ilert, to check names against
   * @throws IllegalArgumentException naming an unknown tool and the accepted values
   */
  public static ConfirmPolicy parse(List<String> values, Set<String> writeTools) {
    ConfirmPolicy policy = new ConfirmPolicy(false, Map.of(), writeTools);
    for (String raw : values) {
      String value = raw.trim().toLowerCase(Locale.ROOT);
      if (value.isEmpty() || value.equals("none")) {
        continue;
      }
      Optional<ConfirmPolicy> word = word(value);
      if (word.isPresent()) {
        policy = policy.plus(word.get());
      } else if (writeTools.contains(value)) {
        policy = policy.plus(new ConfirmPolicy(false, Map.of(value, Rule.ALWAYS)));
      } else {
        throw new IllegalArgumentException(
            "--confirm: '"
                + raw.trim()
                + "' is not a tool that changes ilert; use default, none, all or names among "
                + String.join(", ", new TreeSet<>(writeTools)));
      }
    }
    return policy;
  }

  /**
   * This policy with what the request adds: {@value #HEADER} or {@code ?confirm=}. Unknown words
   * and names count as {@code all}, so a typo never lets a write through unconfirmed.
   */
  public ConfirmPolicy forRequest(RequestContext request) {
    return withRequested(request.header(HEADER).or(() -> request.queryParameter(QUERY)));
  }

  /** This policy with what a request's value adds. */
  ConfirmPolicy withRequested(Optional<String> value) {
    if (value.isEmpty() || value.get().isBlank()) {
      return this;
    }
    ConfirmPolicy added = none();
    for (String part : Arrays.asList(value.get().split(","))) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("none")) {
        continue;
      }
      added =
          added.plus(
              word(name)
                  .orElseGet(
                      () ->
                          writeTools.contains(name)
                              ? new ConfirmPolicy(false, Map.of(name, Rule.ALWAYS))
                              : new ConfirmPolicy(true, Map.of())));
    }
    return plus(added);
  }

  /** Whether a person must confirm this call of {@code tool}, given its preview. */
  public boolean covers(String tool, Preview preview) {
    if (all) {
      return true;
    }
    Rule rule = rules.get(tool);
    return rule == Rule.ALWAYS || (rule == Rule.IF_HIGH_IMPACT && preview.highImpact());
  }

  /**
   * Whether some call of {@code tool} may need confirmation; when not, the guard need not work out
   * a preview (which reads from ilert) unless the caller asks for one.
   */
  public boolean mayCover(String tool) {
    return all || rules.containsKey(tool);
  }

  /** A short description for the start-up banner and errors: {@code default}, {@code none}, ... */
  public String describe() {
    if (all) {
      return "all";
    }
    if (rules.isEmpty()) {
      return "none";
    }
    return rules.equals(DEFAULTS) ? "default" : String.join(",", new TreeSet<>(rules.keySet()));
  }

  /** The union: a call either policy covers is covered. */
  ConfirmPolicy plus(ConfirmPolicy other) {
    Map<String, Rule> merged = new LinkedHashMap<>(rules);
    other.rules.forEach((tool, rule) -> merged.merge(tool, rule, ConfirmPolicy::stricter));
    return new ConfirmPolicy(all || other.all, merged, writeTools);
  }

  private static Rule stricter(Rule a, Rule b) {
    return a == Rule.ALWAYS || b == Rule.ALWAYS ? Rule.ALWAYS : Rule.IF_HIGH_IMPACT;
  }

  private static Optional<ConfirmPolicy> word(String value) {
    return switch (value) {
      case "default" -> Optional.of(defaults());
      case "all" -> Optional.of(new ConfirmPolicy(true, Map.of()));
      default -> Optional.empty();
    };
  }

  private static Map<String, Rule> defaultRules() {
    Map<String, Rule> out = new LinkedHashMap<>();
    out.put("resolve_alert", Rule.IF_HIGH_IMPACT);
    out.put("create_status_update", Rule.IF_HIGH_IMPACT);
    out.put("update_status_update", Rule.IF_HIGH_IMPACT);
    out.put("run_alert_action", Rule.ALWAYS);
    out.put("create_schedule_override", Rule.ALWAYS);
    out.put("create_maintenance_window", Rule.ALWAYS);
    out.put("end_maintenance_window", Rule.ALWAYS);
    out.put("escalate_alert", Rule.ALWAYS);
    out.put("assign_alert", Rule.ALWAYS);
    out.put("call_ilert_api", Rule.ALWAYS);
    return Map.copyOf(out);
  }
}
