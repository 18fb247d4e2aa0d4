package org.ilertmcp.server.tool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.User;
import org.ilertmcp.server.tool.input.ToolInputException;

/**
 * Resolves what a model passes for an entity — a numeric id, a name, or for users an e-mail — to an
 * id. Name lists are cached briefly per API key (never the key itself: its fingerprint). An
 * ambiguous name yields the candidates instead of a guess.
 */
public final class Names {
  /** How long a fetched name list is reused for the same key. */
  public static final Duration TTL = Duration.ofSeconds(60);

  /** Most entities fetched to resolve one name. */
  public static final int MAX_ENTITIES = 1000;

  /** Cached name lists (keys x entity kinds) before expired ones are swept. */
  public static final int MAX_CACHED_LISTS = 5000;

  /** An entity's id and the names it answers to. */
  public record Named(long id, String label, List<String> names) {}

  private record Entry(Instant fetched, List<Named> entities) {}

  private final IlertClient client;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public Names(IlertClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /** What a model writes for the key's own user, compared in lower case. */
  public static final java.util.Set<String> SELF =
      java.util.Set.of(
          "me",
          "myself",
          "i",
          "self",
          "current user",
          "current_user",
          "the current user",
          "my user");

  /**
   * A user by id, e-mail or name; {@link #SELF} words and the key's own e-mail mean the key's user
   * (read once per key and cached like the name lists).
   */
  public long user(CallContext ctx, String value) {
    String v = value.trim();
    if (SELF.contains(v.toLowerCase(Locale.ROOT))) {
      return self(ctx).id();
    }
    if (v.contains("@")) {
      Named me = self(ctx);
      if (me.names().stream().anyMatch(v::equalsIgnoreCase)) {
        return me.id();
      }
    }
    return resolve(
        ctx,
        "user",
        value,
        c -> client.users().listAll(c, MAX_ENTITIES).stream().map(Names::user).toList());
  }

  public long team(CallContext ctx, String value) {
    return resolve(
        ctx,
        "team",
        value,
        c ->
            client.teams().listAll(c, null, MAX_ENTITIES).stream()
                .map(t -> new Named(t.id(), t.name(), List.of(t.name())))
                .toList());
  }

  public long schedule(CallContext ctx, String value) {
    return resolve(
        ctx,
        "schedule",
        value,
        c ->
            client.schedules().listAll(c, null, MAX_ENTITIES).stream()
                .map(s -> new Named(s.id(), s.name(), List.of(s.name())))
                .toList());
  }

  public long escalationPolicy(CallContext ctx, String value) {
    return resolve(
        ctx,
        "escalation policy",
        value,
        c ->
            client.escalationPolicies().listAll(c, MAX_ENTITIES).stream()
                .map(p -> new Named(p.id(), p.name(), List.of(p.name())))
                .toList());
  }

  public long alertSource(CallContext ctx, String value) {
    return resolve(
        ctx,
        "alert source",
        value,
        c ->
            client.alertSources().listAll(c, MAX_ENTITIES).stream()
                .map(s -> new Named(s.id(), s.name(), List.of(s.name())))
                .toList());
  }

  public long service(CallContext ctx, String value) {
    return resolve(
        ctx,
        "service",
        value,
        c ->
            client.services().listAll(c, null, MAX_ENTITIES).stream()
                .map(s -> new Named(s.id(), s.name(), List.of(s.name())))
                .toList());
  }

  public long deploymentPipeline(CallContext ctx, String value) {
    return resolve(
        ctx,
        "deployment pipeline",
        value,
        c ->
            client.deploymentPipelines().listAll(c, MAX_ENTITIES).stream()
                .map(p -> new Named(p.id(), p.name(), List.of(p.name())))
                .toList());
  }

  /** The key's own user. */
  public Named self(CallContext ctx) {
    return entities(ctx, "self", c -> List.of(user(client.users().current(c)))).get(0);
  }

  private static Named user(User u) {
    String full =
        ((u.firstName() == null ? "" : u.firstName())
                + " "
                + (u.lastName() == null ? "" : u.lastName()))
            .trim();
    return new Named(
        u.id(),
        full.isEmpty() ? String.valueOf(u.email()) : full,
        java.util.stream.Stream.of(full, u.email(), u.username())
            .filter(s -> s != null && !s.isBlank())
            .toList());
  }

  private long resolve(
      CallContext ctx, String kind, String value, Function<CallContext, List<Named>> fetch) {
    String v = value.trim();
    if (v.matches("\\d{1,18}")) {
      return Long.parseLong(v);
    }
    List<Named> all = entities(ctx, kind, fetch);
    String wanted = v.toLowerCase(Locale.ROOT);
    List<Named> exact =
        all.stream()
            .filter(
                n -> n.names().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(wanted)))
            .toList();
    List<Named> matches =
        exact.isEmpty()
            ? all.stream()
                .filter(n -> n.names().stream().anyMatch(s -> startsAWord(s, wanted)))
                .toList()
            : exact;
    if (matches.size() == 1) {
      return matches.get(0).id();
    }
    if (matches.isEmpty()) {
      throw new ToolInputException(
          "No " + kind + " named '" + v + "'; pass its id, or list them to find the right name.");
    }
    throw new ToolInputException(
        "'"
            + v
            + "' matches several "
            + (kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s")
            + ": "
            + matches.stream()
                .limit(10)
                .map(n -> n.label() + " (id " + n.id() + ")")
                .collect(Collectors.joining(", "))
            + "; pass the id of the one you mean.");
  }

  /**
   * Whether {@code wanted} occurs in {@code name} at the start of a word: "dub" finds "Chloe
   * Dubois", but "me" does not find "Amelia".
   */
  static boolean startsAWord(String name, String wanted) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = n.indexOf(wanted); i >= 0; i = n.indexOf(wanted, i + 1)) {
      if (i == 0 || !Character.isLetterOrDigit(n.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private List<Named> entities(
      CallContext ctx, String kind, Function<CallContext, List<Named>> fetch) {
    String key = ctx.keyFingerprint() + "|" + ctx.teamContext() + "|" + kind;
    Entry entry = cache.get(key);
    Instant now = clock.instant();
    if (entry == null || entry.fetched().plus(TTL).isBefore(now)) {
      misses.increment();
      if (cache.size() > MAX_CACHED_LISTS) {
        cache.values().removeIf(e -> e.fetched().plus(TTL).isBefore(now));
      }
      entry = new Entry(now, fetch.apply(ctx));
      cache.put(key, entry);
    } else {
      hits.increment();
    }
    return entry.entities();
  }

  /** Name lookups answered from the cache so far. */
  public long cacheHits() {
    return hits.sum();
  }

  /** Name lookups that read the list from ilert so far. */
  public long cacheMisses() {
    return misses.sum();
  }
}
