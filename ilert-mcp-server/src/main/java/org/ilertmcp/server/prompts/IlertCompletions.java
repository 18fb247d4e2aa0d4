package org.ilertmcp.server.prompts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.server.Completion;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.server.resources.IlertResources;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.ToolServices;

/**
 * {@code completion/complete} for the prompts' arguments and the resource templates' {@code id}:
 * open alert ids and incident ids (newest first), schedule and escalation-policy names and ids,
 * service ids; filtered by the typed prefix, at most 100 values. Candidate lists are fetched with
 * the caller's key and reused for a few seconds, since clients complete on every keystroke.
 * Completion is best effort: an ilert failure yields no values rather than an error.
 */
public final class IlertCompletions implements Completion.Provider {
  /** How long a fetched candidate list is reused for the same key. */
  static final Duration TTL = Duration.ofSeconds(10);

  /** Most open alerts or incidents fetched for candidates. */
  static final int MAX_FETCHED = 500;

  private static final int MAX_CACHED = 1000;
  private static final List<String> DAYS = List.of("1", "7", "14", "30", "60", "90");

  private final ToolServices services;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Instant fetched, List<String> values) {}

  private enum Kind {
    OPEN_ALERTS,
    INCIDENTS,
    SCHEDULE_NAMES_AND_IDS,
    SCHEDULE_IDS,
    POLICY_IDS,
    SERVICE_IDS
  }

  public IlertCompletions(ToolServices services) {
    this.services = services;
  }

  @Override
  public Completion complete(
      RequestContext context,
      Completion.Reference reference,
      String argument,
      String value,
      Map<String, String> otherArguments) {
    if (reference.kind() == Completion.Reference.Kind.PROMPT
        && IlertPrompts.REVIEW_ALERT_NOISE.equals(reference.name())
        && "days".equals(argument)) {
      return Completion.ofPrefix(DAYS, value);
    }
    Kind kind = kind(reference, argument);
    if (kind == null || context.credential().isEmpty()) {
      return Completion.EMPTY;
    }
    try {
      return Completion.ofPrefix(candidates(context, kind), value);
    } catch (IlertApiException e) {
      return Completion.EMPTY;
    }
  }

  private static Kind kind(Completion.Reference reference, String argument) {
    if (reference.kind() == Completion.Reference.Kind.PROMPT) {
      return switch (reference.name() + "/" + argument) {
        case IlertPrompts.TRIAGE_ALERT + "/alert_id" -> Kind.OPEN_ALERTS;
        case IlertPrompts.DRAFT_INCIDENT_UPDATE + "/incident_id",
            IlertPrompts.POSTMORTEM_OUTLINE + "/incident_id" ->
            Kind.INCIDENTS;
        case IlertPrompts.ONCALL_HANDOVER + "/schedule" -> Kind.SCHEDULE_NAMES_AND_IDS;
        default -> null;
      };
    }
    if (!"id".equals(argument)) {
      return null;
    }
    return switch (reference.name()) {
      case IlertResources.ALERT -> Kind.OPEN_ALERTS;
      case IlertResources.INCIDENT -> Kind.INCIDENTS;
      case IlertResources.SCHEDULE -> Kind.SCHEDULE_IDS;
      case IlertResources.POLICY -> Kind.POLICY_IDS;
      case IlertResources.SERVICE -> Kind.SERVICE_IDS;
      default -> null;
    };
  }

  private List<String> candidates(RequestContext context, Kind kind) {
    String key = McpSession.hash(context.credential()) + "/" + kind;
    Instant now = services.clock().instant();
    Cached hit = cache.get(key);
    if (hit != null && hit.fetched().plus(TTL).isAfter(now)) {
      return hit.values();
    }
    CallContext ctx = IlertCall.credentials(context, services.callTimeout());
    List<String> values = fetch(ctx, kind);
    if (cache.size() >= MAX_CACHED) {
      cache.clear();
    }
    cache.put(key, new Cached(now, values));
    return values;
  }

  private List<String> fetch(CallContext ctx, Kind kind) {
    var client = services.client();
    return switch (kind) {
      case OPEN_ALERTS ->
          newestFirst(
              client.alerts().listAll(ctx, AlertQuery.open(), MAX_FETCHED),
              Alert::id,
              Alert::reportTime);
      case INCIDENTS ->
          newestFirst(
              client.incidents().listAll(ctx, IncidentQuery.all(), MAX_FETCHED),
              Incident::id,
              Incident::createdAt);
      case SCHEDULE_NAMES_AND_IDS -> {
        List<String> out = new ArrayList<>();
        var schedules = services.lookups().schedules(ctx);
        schedules.stream().map(s -> s.name()).filter(Objects::nonNull).sorted().forEach(out::add);
        schedules.stream().map(s -> String.valueOf(s.id())).forEach(out::add);
        yield out;
      }
      case SCHEDULE_IDS -> ids(services.lookups().schedules(ctx), s -> s.id());
      case POLICY_IDS -> ids(services.lookups().escalationPolicies(ctx), p -> p.id());
      case SERVICE_IDS -> ids(services.lookups().services(ctx), s -> s.id());
    };
  }

  private static <T> List<String> newestFirst(
      List<T> items, Function<T, Long> id, Function<T, Instant> time) {
    return items.stream()
        .filter(i -> id.apply(i) != null)
        .sorted(
            Comparator.comparing(
                time, Comparator.nullsLast(Comparator.<Instant>naturalOrder().reversed())))
        .map(i -> String.valueOf(id.apply(i)))
        .toList();
  }

  private static <T> List<String> ids(List<T> items, Function<T, Long> id) {
    return items.stream().map(id).filter(Objects::nonNull).sorted().map(String::valueOf).toList();
  }
}
