package org.ilertmcp.server.tool;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.incidents.Incident;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.ilertmcp.client.incidents.IncidentStatus;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.client.maintenance.MaintenanceWindowQuery;
import org.ilertmcp.client.oncalls.OnCall;
import org.ilertmcp.client.oncalls.OnCallQuery;
import org.ilertmcp.client.schedules.Schedule;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.client.teams.Team;

/**
 * Slow-changing ilert objects — users, teams, services, schedules, escalation policies, alert
 * sources, status pages, deployment pipelines, maintenance windows, open incidents, who is on call
 * per escalation policy and the key's own user — read once and reused for a short while by name
 * resolution, tools and analysis, so an agent's run of calls does not re-read the same lists and
 * stall on ilert's per-key request limit.
 *
 * <p>Entries belong to one API key (its fingerprint, never the key) and team context: one caller
 * never sees what another caller's key read. The cache is bounded in entries and each entry lives
 * for the TTL; a write through this server drops every entry of the writing key ({@link
 * #invalidate}), so a caller reads its own changes. A failed read is not cached. Get tools the
 * model calls for one object read it fresh; this cache serves the context around an answer.
 */
public final class Lookups {
  /** How long an entry is reused by default. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

  /** Most entries kept (keys x kinds); the least recently used go first. */
  public static final long MAX_ENTRIES = 5_000;

  /** Most objects read into one list. */
  public static final int MAX_ENTITIES = 1000;

  /** The cache's name in metrics. */
  public static final String METRIC_NAME = "lookups";

  private static final List<String> OPEN_INCIDENTS = IncidentStatus.wire(IncidentStatus.OPEN);

  private record Key(String key, String teamContext, String kind, long id) {}

  private final IlertClient client;
  private final Duration ttl;
  private final Cache<Key, Object> cache;

  /** A cache on {@code client} whose entries live {@code ttl}; {@link Duration#ZERO}: none. */
  public Lookups(IlertClient client, Duration ttl) {
    this(client, ttl, Ticker.systemTicker());
  }

  /** The same on {@code ticker} (tests pass a manual one to let entries expire). */
  public Lookups(IlertClient client, Duration ttl, Ticker ticker) {
    this.client = client;
    this.ttl = ttl;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(ttl.isZero() ? 0 : MAX_ENTRIES)
            .expireAfterWrite(ttl)
            .ticker(ticker)
            .recordStats()
            .build();
  }

  /** How long an entry is reused. */
  public Duration ttl() {
    return ttl;
  }

  /** The underlying cache, for metrics (hits, misses, size). */
  public Cache<?, ?> cache() {
    return cache;
  }

  public List<User> users(CallContext ctx) {
    return list(ctx, "users", () -> client.users().listAll(ctx, MAX_ENTITIES));
  }

  public List<Team> teams(CallContext ctx) {
    return list(ctx, "teams", () -> client.teams().listAll(ctx, null, MAX_ENTITIES));
  }

  public List<Service> services(CallContext ctx) {
    return list(ctx, "services", () -> client.services().listAll(ctx, null, MAX_ENTITIES));
  }

  public List<Schedule> schedules(CallContext ctx) {
    return list(ctx, "schedules", () -> client.schedules().listAll(ctx, null, MAX_ENTITIES));
  }

  public List<EscalationPolicy> escalationPolicies(CallContext ctx) {
    return list(
        ctx, "escalation policies", () -> client.escalationPolicies().listAll(ctx, MAX_ENTITIES));
  }

  public List<AlertSource> alertSources(CallContext ctx) {
    return list(ctx, "alert sources", () -> client.alertSources().listAll(ctx, MAX_ENTITIES));
  }

  public List<StatusPage> statusPages(CallContext ctx) {
    return list(
        ctx, "status pages", () -> client.statusPages().listAll(ctx, List.of(), MAX_ENTITIES));
  }

  public List<DeploymentPipeline> deploymentPipelines(CallContext ctx) {
    return list(
        ctx, "deployment pipelines", () -> client.deploymentPipelines().listAll(ctx, MAX_ENTITIES));
  }

  /** Every maintenance window the key can see (their start and end are checked by the caller). */
  public List<MaintenanceWindow> maintenanceWindows(CallContext ctx) {
    return list(
        ctx,
        "maintenance windows",
        () -> client.maintenanceWindows().listAll(ctx, MaintenanceWindowQuery.all(), 200));
  }

  /** Incidents not yet resolved (investigating, identified, monitoring). */
  public List<Incident> openIncidents(CallContext ctx) {
    return list(
        ctx,
        "open incidents",
        () -> client.incidents().listAll(ctx, IncidentQuery.all().withStates(OPEN_INCIDENTS), 200));
  }

  /**
   * Who is on call now on each level of escalation policy {@code policyId}, with user, policy and
   * schedule. Read once for every policy, so alerts of different policies share one read. On-call
   * changes only at shift boundaries and by overrides (a write, which drops the entry).
   */
  public List<OnCall> onCallNow(CallContext ctx, long policyId) {
    return list(
            ctx,
            "on call now",
            () -> client.onCalls().listAll(ctx, OnCallQuery.now(), MAX_ENTITIES))
        .stream()
        .filter(o -> o.escalationPolicy() != null && o.escalationPolicy().id() == policyId)
        .toList();
  }

  /** The key's own user. */
  public User currentUser(CallContext ctx) {
    return get(ctx, "current user", 0, () -> client.users().current(ctx));
  }

  /**
   * One escalation policy with its rules and teams: from the cached list when it holds the policy
   * with its teams, else read on its own.
   */
  public EscalationPolicy escalationPolicy(CallContext ctx, long id) {
    return escalationPolicies(ctx).stream()
        .filter(p -> p.id() != null && p.id() == id && p.teams() != null)
        .findFirst()
        .orElseGet(
            () ->
                get(ctx, "escalation policy", id, () -> client.escalationPolicies().get(ctx, id)));
  }

  /**
   * One alert source with its teams and policy: from the cached list when it holds the source with
   * its teams, else read on its own.
   */
  public AlertSource alertSource(CallContext ctx, long id) {
    return alertSources(ctx).stream()
        .filter(s -> s.id() != null && s.id() == id && s.teams() != null)
        .findFirst()
        .orElseGet(
            () ->
                get(
                    ctx,
                    "alert source",
                    id,
                    () -> client.alertSources().get(ctx, Long.toString(id), List.of())));
  }

  /**
   * One schedule (without shifts): from the schedule list when this key read it lately (name
   * resolution reads it), else read on its own.
   */
  public Schedule schedule(CallContext ctx, long id) {
    return this.<Schedule>listed(
            ctx, "schedules", s -> s.id() != null && s.id() == id && s.timezone() != null)
        .orElseGet(
            () -> get(ctx, "schedule", id, () -> client.schedules().get(ctx, id, List.of())));
  }

  /** One team with its members. */
  public Team team(CallContext ctx, long id) {
    return get(ctx, "team", id, () -> client.teams().get(ctx, id));
  }

  /** One service with its teams. */
  public Service service(CallContext ctx, long id) {
    return get(ctx, "service", id, () -> client.services().get(ctx, id, List.of()));
  }

  /**
   * One user: from the user list when this key read it lately (name resolution reads it), else read
   * on its own.
   */
  public User user(CallContext ctx, long id) {
    return this.<User>listed(ctx, "users", u -> u.id() != null && u.id() == id)
        .orElseGet(() -> get(ctx, "user", id, () -> client.users().get(ctx, id)));
  }

  /** One deployment pipeline. */
  public DeploymentPipeline deploymentPipeline(CallContext ctx, long id) {
    return get(ctx, "deployment pipeline", id, () -> client.deploymentPipelines().get(ctx, id));
  }

  /**
   * Drops every entry of the key behind {@code ctx} (all team contexts): called after a write
   * through this server, so the writer's next read sees what it changed.
   */
  public void invalidate(CallContext ctx) {
    String key = ctx.keyFingerprint();
    cache.asMap().keySet().removeIf(k -> k.key().equals(key));
  }

  /** Drops every entry (tests that inject faults into reads start from an empty cache). */
  public void clear() {
    cache.invalidateAll();
  }

  private <T> List<T> list(CallContext ctx, String kind, Supplier<List<T>> read) {
    return get(ctx, kind, 0, () -> List.copyOf(read.get()));
  }

  /** The entry of the cached list of {@code kind} that {@code match}es; nothing is read. */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> listed(CallContext ctx, String kind, Predicate<T> match) {
    List<T> list =
        (List<T>) cache.asMap().get(new Key(ctx.keyFingerprint(), ctx.teamContext(), kind, 0));
    return list == null ? Optional.empty() : list.stream().filter(match).findFirst();
  }

  @SuppressWarnings("unchecked")
  private <T> T get(CallContext ctx, String kind, long id, Supplier<T> read) {
    Key key = new Key(ctx.keyFingerprint(), ctx.teamContext(), kind, id);
    return (T) cache.get(key, k -> read.get());
  }
}
