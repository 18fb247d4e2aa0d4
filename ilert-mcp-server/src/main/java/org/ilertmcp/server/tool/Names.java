package org.ilertmcp.server.tool;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.common.User;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Text;

/**
 * Resolves what a model passes for an entity — a numeric id, a name, or for users an e-mail — to an
 * id. The name lists come from the key's {@link Lookups} (shared with tools and analysis, cached
 * briefly per key). An ambiguous name yields the candidates instead of a guess.
 */
public final class Names {
  /** Most entities fetched to resolve one name. */
  public static final int MAX_ENTITIES = Lookups.MAX_ENTITIES;

  /** An entity's id and the names it answers to. */
  public record Named(long id, String label, List<String> names) {
    /** As a preview names it: {@code 'Ben Carter' (id 1002)}. */
    public String quoted() {
      return Text.quote(label) + " (id " + id + ")";
    }
  }

  private final Lookups lookups;

  public Names(Lookups lookups) {
    this.lookups = lookups;
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
    return resolve(ctx, "user", value, this::users);
  }

  /** The user {@code value} names, labelled as a person knows them (for previews). */
  public Named namedUser(CallContext ctx, String value) {
    return named(user(ctx, value), value, users(ctx));
  }

  /** The escalation policy {@code value} names, labelled with its name (for previews). */
  public Named namedEscalationPolicy(CallContext ctx, String value) {
    return named(escalationPolicy(ctx, value), value, escalationPolicies(ctx));
  }

  /** The schedule {@code value} names, labelled with its name (for previews). */
  public Named namedSchedule(CallContext ctx, String value) {
    return named(schedule(ctx, value), value, schedules(ctx));
  }

  /** The team {@code value} names, labelled with its name (for previews). */
  public Named namedTeam(CallContext ctx, String value) {
    return named(team(ctx, value), value, teams(ctx));
  }

  /** The alert source {@code value} names, labelled with its name (for previews). */
  public Named namedAlertSource(CallContext ctx, String value) {
    return named(alertSource(ctx, value), value, alertSources(ctx));
  }

  /** The service {@code value} names, labelled with its name (for previews). */
  public Named namedService(CallContext ctx, String value) {
    return named(service(ctx, value), value, services(ctx));
  }

  /** The entity {@code id} in {@code all}; one outside the list keeps the label it was given. */
  private static Named named(long id, String given, List<Named> all) {
    return all.stream()
        .filter(n -> n.id() == id)
        .findFirst()
        .orElse(new Named(id, given, List.of(given)));
  }

  private List<Named> users(CallContext ctx) {
    return lookups.users(ctx).stream().map(Names::user).toList();
  }

  private List<Named> schedules(CallContext ctx) {
    return byName(lookups.schedules(ctx), s -> s.id(), s -> s.name());
  }

  private List<Named> teams(CallContext ctx) {
    return byName(lookups.teams(ctx), t -> t.id(), t -> t.name());
  }

  private List<Named> alertSources(CallContext ctx) {
    return byName(lookups.alertSources(ctx), a -> a.id(), a -> a.name());
  }

  private List<Named> services(CallContext ctx) {
    return byName(lookups.services(ctx), v -> v.id(), v -> v.name());
  }

  private List<Named> escalationPolicies(CallContext ctx) {
    return byName(lookups.escalationPolicies(ctx), p -> p.id(), p -> p.name());
  }

  /** Entities known by their one name. */
  private static <T> List<Named> byName(
      List<T> all, ToLongFunction<T> id, Function<T, String> name) {
    return all.stream()
        .map(e -> new Named(id.applyAsLong(e), name.apply(e), List.of(name.apply(e))))
        .toList();
  }

  public long team(CallContext ctx, String value) {
    return resolve(ctx, "team", value, this::teams);
  }

  public long schedule(CallContext ctx, String value) {
    return resolve(ctx, "schedule", value, this::schedules);
  }

  public long escalationPolicy(CallContext ctx, String value) {
    return resolve(ctx, "escalation policy", value, this::escalationPolicies);
  }

  public long alertSource(CallContext ctx, String value) {
    return resolve(ctx, "alert source", value, this::alertSources);
  }

  public long service(CallContext ctx, String value) {
    return resolve(ctx, "service", value, this::services);
  }

  public long deploymentPipeline(CallContext ctx, String value) {
    return resolve(
        ctx,
        "deployment pipeline",
        value,
        c ->
            lookups.deploymentPipelines(c).stream()
                .map(p -> new Named(p.id(), p.name(), List.of(p.name())))
                .toList());
  }

  /** The key's own user. */
  public Named self(CallContext ctx) {
    return user(lookups.currentUser(ctx));
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
    List<Named> all = fetch.apply(ctx);
    String wanted = fold(v);
    List<Named> exact =
        all.stream().filter(n -> n.names().stream().anyMatch(s -> fold(s).equals(wanted))).toList();
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
          "No "
              + kind
              + " named '"
              + Param.shown(v)
              + "'; pass its id, or list them to find the right name.");
    }
    throw new ToolInputException(
        "'"
            + Param.shown(v)
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
   * {@code s} as names are compared: lower case, without accents (Chloé is Chloe) and with single
   * spaces.
   */
  static String fold(String s) {
    return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code wanted} occurs in {@code name} at the start of a word: "dub" finds "Chloe
   * Dubois", but "me" does not find "Amelia".
   */
  static boolean startsAWord(String name, String wanted) {
    String n = fold(name);
    for (int i = n.indexOf(wanted); i >= 0; i = n.indexOf(wanted, i + 1)) {
      if (i == 0 || !Character.isLetterOrDigit(n.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }
}
