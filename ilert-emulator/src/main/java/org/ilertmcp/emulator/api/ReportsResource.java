package org.ilertmcp.emulator.api;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code /api/reports/alerts} and {@code /api/reports/alerts/summary}, aggregated from the stored
 * alerts. MTTA and MTTR are averages in seconds over the alerts that were accepted / resolved.
 */
public final class ReportsResource {
  private final Context ctx;

  /** The reports resource. */
  public ReportsResource(Context ctx) {
    this.ctx = ctx;
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/reports/alerts", Access.READ, this::report);
    r.get("/reports/alerts/summary", Access.READ, this::summary);
  }

  private record Key(long sourceId, long policyId, String bucket) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Long.compare(sourceId, o.sourceId);
      if (c == 0) {
        c = Long.compare(policyId, o.policyId);
      }
      return c != 0 ? c : bucket.compareTo(o.bucket);
    }
  }

  /** Running totals for one group. */
  private static final class Totals {
    long count;
    long acked;
    long ackSeconds;
    long resolved;
    long resolveSeconds;

    void add(Alert a) {
      count++;
      if (a.acceptedOn() != null) {
        acked++;
        ackSeconds += Duration.between(a.reportTime(), a.acceptedOn()).toSeconds();
      }
      if (a.resolvedOn() != null) {
        resolved++;
        resolveSeconds += Duration.between(a.reportTime(), a.resolvedOn()).toSeconds();
      }
    }

    long mtta() {
      return acked == 0 ? 0 : ackSeconds / acked;
    }

    long mttr() {
      return resolved == 0 ? 0 : resolveSeconds / resolved;
    }
  }

  private Map<Key, Totals> aggregate(ApiRequest req, boolean byBucket) {
    Instant from = req.instant("from");
    Instant until = req.instant("until");
    if (from == null || until == null) {
      throw ApiException.badRequest("query parameters 'from' and 'until' are required");
    }
    if (!until.isAfter(from)) {
      throw ApiException.badRequest("'until' must be after 'from'");
    }
    if (until.isAfter(req.now().plusSeconds(60))) {
      throw ApiException.badRequest("'until' must not be in the future");
    }
    if (Duration.between(from, until).toDays() > 366) {
      throw ApiException.badRequest("the span of 'from' to 'until' must not exceed one year");
    }
    String groupBy = choice(req, "group-by", "WEEK", Set.of("DAY", "WEEK", "MONTH"));
    choice(req, "metric", "COUNT", Set.of("COUNT", "MTTA", "MTTR"));
    String priority = choice(req, "priority", "ALL", Set.of("LOW", "HIGH", "ALL"));
    ZoneId zone = zone(req.first("timezone"));
    List<Long> sources = req.longs("sources");
    List<Long> policies = req.longs("policies");
    Map<Key, Totals> totals = new TreeMap<>();
    for (Alert a : ctx.store().alerts().values()) {
      if (a.reportTime().isBefore(from) || !a.reportTime().isBefore(until)) {
        continue;
      }
      if ((!sources.isEmpty() && !sources.contains(a.sourceId()))
          || (!policies.isEmpty() && !policies.contains(a.policyId()))
          || (!"ALL".equals(priority) && !priority.equals(a.priority().name()))
          || !ctx.visibility().canSee(req.caller(), a)) {
        continue;
      }
      String bucket = byBucket ? bucket(a.reportTime().atZone(zone), groupBy) : "";
      totals.computeIfAbsent(new Key(a.sourceId(), a.policyId(), bucket), k -> new Totals()).add(a);
    }
    return totals;
  }

  private ApiResponse report(ApiRequest req) {
    Map<Key, Totals> totals = aggregate(req, true);
    String metric = req.first("metric") == null ? "COUNT" : req.first("metric");
    ArrayNode out = Json.array();
    totals.forEach(
        (k, t) -> {
          long value =
              switch (metric) {
                case "MTTA" -> t.mtta();
                case "MTTR" -> t.mttr();
                default -> t.count;
              };
          out.add(
              Json.array().add(k.sourceId()).add(k.policyId()).add("").add(k.bucket()).add(value));
        });
    return ApiResponse.ok(out);
  }

  private ApiResponse summary(ApiRequest req) {
    ArrayNode out = Json.array();
    aggregate(req, false)
        .forEach(
            (k, t) ->
                out.add(
                    Json.object()
                        .put("alertSourceId", k.sourceId())
                        .put("escalationPolicyId", k.policyId())
                        .put("callRoutingNumberPhoneNumber", "")
                        .put("count", t.count)
                        .put("mtta", t.mtta())
                        .put("mttr", t.mttr())));
    return ApiResponse.ok(out);
  }

  private static String bucket(ZonedDateTime t, String groupBy) {
    return switch (groupBy) {
      case "DAY" -> t.toLocalDate().toString();
      case "MONTH" -> String.format("%04d-%02d", t.getYear(), t.getMonthValue());
      default ->
          String.format(
              "%04d-W%02d",
              t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    };
  }

  private static String choice(ApiRequest req, String name, String fallback, Set<String> allowed) {
    String v = req.first(name);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      throw ApiException.badRequest(name + " must be one of " + new ArrayList<>(allowed));
    }
    return v;
  }

  private static ZoneId zone(String raw) {
    try {
      return raw == null ? ZoneId.of("UTC") : ZoneId.of(raw);
    } catch (java.time.DateTimeException e) {
      throw ApiException.badRequest("unknown timezone " + raw);
    }
  }
}
