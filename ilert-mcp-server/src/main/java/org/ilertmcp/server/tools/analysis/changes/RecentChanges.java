package org.ilertmcp.server.tools.analysis.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.deployments.DeploymentPipeline;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.github.GitHubClient.RepoChanges;
import org.ilertmcp.server.github.GitHubRepo;
import org.ilertmcp.server.github.GitHubSettings;
import org.ilertmcp.server.github.GitHubSettings.RepoMapping;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Names;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;
import org.ilertmcp.server.tool.output.Views.Ref;
import org.ilertmcp.server.tools.analysis.shared.AlertTeams;
import org.ilertmcp.server.tools.analysis.shared.ServiceMentions;

/**
 * What changed around an alert, or for a service, team, alert source or deployment pipeline, in a
 * time window — as one JSON section that {@code find_recent_changes} returns and {@code
 * investigate_alert} embeds.
 *
 * <p>The section holds: the scope's teams (an alert's are those of its source and its escalation
 * policy); the ilert deployment pipelines those teams own (ilert's public API cannot return their
 * events, and the section says so); and, when GitHub is configured, the commits, releases and
 * deployments in the window of the repositories that {@code --github-repos} maps to the scope or to
 * its teams' pipelines — for an alert, alert source or team also to its teams' services and alert
 * sources — or that the alert links to. Each repository says why it was read; each entry says where
 * it came from. At most {@link GitHubClient#MAX_REPOS} repositories are read, those mapped to the
 * scope itself and linked from the alert first.
 *
 * <p>Every method adds its reads to {@code reads} and awaits them (with any the caller started
 * before). Failed reads leave their part empty and are listed in {@code reads.missing()}, which the
 * caller puts into its result; a GitHub failure never fails the section.
 */
public final class RecentChanges {
  /** Default window before an alert's report time. */
  public static final Duration BEFORE_ALERT = Duration.ofHours(24);

  /** Default window after an alert's report time. */
  public static final Duration AFTER_ALERT = Duration.ofHours(1);

  /** Default window for the other scopes: this long before now. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** Longest window. */
  public static final Duration MAX_WINDOW = Duration.ofDays(14);

  static final String PIPELINE_EVENTS =
      "ilert's public API cannot return a pipeline's deployment events; ilert shows those it"
          + " correlated with an alert in the alert's detail view.";

  /**
   * Whether something was deployed in the window, as far as ilert can tell: never "none", because
   * ilert's API cannot list deployment events; GitHub deployments, when read, are listed apart.
   */
  static final String DEPLOYMENT_EVENTS_UNKNOWN =
      "unknown: ilert's public API does not return deployment events, so an empty list here does"
          + " not mean nothing was deployed; ask the owners of the pipelines listed, or read"
          + " GitHub deployments.";

  /** Why an alert's team reads are in scope, in the order forAlert reads them. */
  private static final List<String> ALERT_TEAM_REASONS =
      List.of("team of the alert source", "team of the escalation policy");

  static final String GITHUB_OFF =
      "GitHub is not configured: start the server with --github-token-file (or GITHUB_TOKEN) and"
          + " --github-repos name=owner/repo to add commits, releases and deployments.";

  /** The section's lists that may be cut for size, least important first. */
  private static final List<String> CUT_ORDER =
      List.of("commits", "releases", "deployments", "pipelines");

  private static final int MAX_PIPELINES = 1000;
  private static final int MAX_ENTITIES = Names.MAX_ENTITIES;

  private RecentChanges() {}

  /**
   * The section's lists for {@code Output.sections}, least important first.
   *
   * @param prefix where the section sits in the result (e.g. {@code "recent_changes"}), or empty
   */
  public static String[] cutOrder(String prefix) {
    return CUT_ORDER.stream()
        .map(p -> prefix.isEmpty() ? p : prefix + "." + p)
        .toArray(String[]::new);
  }

  /**
   * Changes around {@code alert}: pipelines of its source's and policy's teams, repositories mapped
   * to its source, to those teams' services, pipelines and sources, and those of its GitHub links.
   */
  public static Changes forAlert(
      IlertCall call, FanOut reads, Alert alert, Instant from, Instant until) {
    return forAlert(call, reads, alert, AlertTeams.start(call, reads, alert), from, until);
  }

  /** The same, with the teams of the alert's source and policy already being read. */
  public static Changes forAlert(
      IlertCall call, FanOut reads, Alert alert, AlertTeams teams, Instant from, Instant until) {
    Scope scope = new Scope("alert", alert.id(), null, true);
    AlertSource source = alert.alertSource();
    if (source != null) {
      scope.direct.add(
          new Entity("alert source", source.id(), source.name(), "the alert's source"));
    }
    if (alert.links() != null) {
      scope.links.addAll(alert.links());
    }
    scope.whyTeams = reads.add("services_named_by_alert", () -> namedServiceTeams(call, alert));
    return collect(call, reads, scope, List.of(teams.source(), teams.policy()), from, until);
  }

  /**
   * The teams of the services the alert names (summary, key, labels, links) or its incident
   * affects, each with why: a deploy of such a service is as likely a cause as one of the source's
   * own team.
   */
  private static List<TeamWhy> namedServiceTeams(IlertCall call, Alert alert) {
    List<Service> services = call.lookups().services(call.ctx());
    List<TeamWhy> out = new ArrayList<>();
    for (ServiceMentions.Mention m : ServiceMentions.in(alert, services)) {
      String why =
          "owns service " + m.service().name() + ", named in the " + String.join(", ", m.where());
      teamsOf(m.service()).forEach(t -> out.add(new TeamWhy(t, why)));
    }
    if (alert.linkedIncidentId() != null) {
      Map<Long, Service> byId = new LinkedHashMap<>();
      services.forEach(s -> byId.put(s.id(), s));
      call.lookups().openIncidents(call.ctx()).stream()
          .filter(i -> alert.linkedIncidentId().equals(i.id()) && i.affectedServices() != null)
          .flatMap(i -> i.affectedServices().stream())
          .filter(a -> a.service() != null && byId.containsKey(a.service().id()))
          .forEach(
              a -> {
                Service s = byId.get(a.service().id());
                String why =
                    "owns service "
                        + s.name()
                        + ", affected by incident "
                        + alert.linkedIncidentId();
                teamsOf(s).forEach(t -> out.add(new TeamWhy(t, why)));
              });
    }
    return out;
  }

  private static List<TeamRel> teamsOf(Service s) {
    return s.teams() == null ? List.of() : s.teams();
  }

  /** A team in scope and why. */
  private record TeamWhy(TeamRel team, String why) {}

  /**
   * Changes for a service: pipelines of its teams; repositories mapped to it or to those pipelines.
   */
  public static Changes forService(
      IlertCall call, FanOut reads, long serviceId, Instant from, Instant until) {
    Service service = call.lookups().service(call.ctx(), serviceId);
    Scope scope = new Scope("service", service.id(), service.name(), false);
    scope.direct.add(new Entity("service", service.id(), service.name(), null));
    scope.addTeams(service.teams());
    return collect(call, reads, scope, List.of(), from, until);
  }

  /** Changes for a team: its pipelines; repositories mapped to its services, pipelines, sources. */
  public static Changes forTeam(
      IlertCall call, FanOut reads, long teamId, Instant from, Instant until) {
    Team team = call.lookups().team(call.ctx(), teamId);
    Scope scope = new Scope("team", team.id(), team.name(), true);
    scope.teams.put(team.id(), team.name());
    return collect(call, reads, scope, List.of(), from, until);
  }

  /** Changes for an alert source: as for an alert of it, without alert links. */
  public static Changes forAlertSource(
      IlertCall call, FanOut reads, long sourceId, Instant from, Instant until) {
    AlertSource source = call.lookups().alertSource(call.ctx(), sourceId);
    Scope scope = new Scope("alert_source", source.id(), source.name(), true);
    scope.direct.add(new Entity("alert source", source.id(), source.name(), null));
    List<FanOut.Part<List<TeamRel>>> teamReads = new ArrayList<>();
    scope.addTeams(source.teams());
    addPolicyTeams(call, reads, scope, teamReads, source.escalationPolicy());
    return collect(call, reads, scope, teamReads, from, until);
  }

  /** Changes for one pipeline: itself and the repositories mapped to it. */
  public static Changes forPipeline(
      IlertCall call, FanOut reads, long pipelineId, Instant from, Instant until) {
    DeploymentPipeline pipeline = call.lookups().deploymentPipeline(call.ctx(), pipelineId);
    Scope scope = new Scope("pipeline", pipeline.id(), pipeline.name(), false);
    scope.pipeline = pipeline;
    scope.direct.add(new Entity("pipeline", pipeline.id(), pipeline.name(), null));
    scope.addTeams(pipeline.teams());
    return collect(call, reads, scope, List.of(), from, until);
  }

  /** An ilert object a repository may be mapped to, and how it relates to the scope. */
  private record Entity(String kind, Long id, String name, String relation) {
    String describe() {
      String self = kind + " " + name + " (" + id + ")";
      return relation == null ? "mapped to " + self : "mapped to " + self + ", " + relation;
    }
  }

  /** What the section is about; filled in by the entry points. */
  private static final class Scope {
    final String kind;
    final Long id;
    final String name;
    final boolean wide;
    final Map<Long, String> teams = new LinkedHashMap<>();
    final Map<Long, List<String>> why = new LinkedHashMap<>();
    FanOut.Part<List<TeamWhy>> whyTeams;
    final List<Entity> direct = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    DeploymentPipeline pipeline;

    /**
     * @param wide whether repositories mapped to the teams' services and alert sources count too
     *     (an alert or team names no service; a service or pipeline does)
     */
    Scope(String kind, Long id, String name, boolean wide) {
      this.kind = kind;
      this.id = id;
      this.name = name;
      this.wide = wide;
    }

    void addTeams(List<TeamRel> rels) {
      if (rels != null) {
        rels.forEach(t -> teams.putIfAbsent(t.id(), t.name()));
      }
    }

    void addTeams(List<TeamRel> rels, String reason) {
      addTeams(rels);
      if (rels != null) {
        rels.forEach(t -> because(t.id(), reason));
      }
    }

    void because(Long team, String reason) {
      List<String> list = why.computeIfAbsent(team, k -> new ArrayList<>());
      if (!list.contains(reason)) {
        list.add(reason);
      }
    }

    boolean ownedByTeam(List<TeamRel> rels) {
      return rels != null && rels.stream().anyMatch(t -> teams.containsKey(t.id()));
    }

    String teamOf(List<TeamRel> rels) {
      return rels.stream()
          .filter(t -> teams.containsKey(t.id()))
          .map(t -> teams.get(t.id()) == null ? "team " + t.id() : "team " + teams.get(t.id()))
          .findFirst()
          .orElse("");
    }
  }

  /** A policy's teams; when an embedded policy has none listed, it is read. */
  private static void addPolicyTeams(
      IlertCall call,
      FanOut reads,
      Scope scope,
      List<FanOut.Part<List<TeamRel>>> teamReads,
      EscalationPolicy policy) {
    if (policy == null) {
      return;
    }
    if (policy.teams() != null) {
      scope.addTeams(policy.teams());
    } else if (policy.id() != null) {
      long id = policy.id();
      teamReads.add(
          reads.add(
              "escalation_policy_teams",
              () -> call.lookups().escalationPolicy(call.ctx(), id).teams()));
    }
  }

  private static Changes collect(
      IlertCall call,
      FanOut reads,
      Scope scope,
      List<FanOut.Part<List<TeamRel>>> teamReads,
      Instant from,
      Instant until) {
    Optional<GitHubClient> github = call.github();
    boolean mapped = github.map(g -> !g.settings().repos().isEmpty()).orElse(false);
    boolean wide = mapped && scope.wide;
    FanOut.Part<List<DeploymentPipeline>> pipelines =
        scope.pipeline != null
            ? null
            : reads.add(
                "deployment_pipelines", () -> call.lookups().deploymentPipelines(call.ctx()));
    FanOut.Part<List<Service>> services =
        wide ? reads.add("services", () -> call.lookups().services(call.ctx())) : null;
    FanOut.Part<List<AlertSource>> sources =
        wide ? reads.add("alert_sources", () -> call.lookups().alertSources(call.ctx())) : null;
    reads.await();
    for (int i = 0; i < teamReads.size(); i++) {
      String reason = scope.kind.equals("alert") ? ALERT_TEAM_REASONS.get(i) : null;
      teamReads
          .get(i)
          .value()
          .ifPresent(
              rels ->
                  scope.addTeams(rels, reason == null ? "team of the escalation policy" : reason));
    }
    if (scope.whyTeams != null) {
      scope.whyTeams.orElse(List.of()).forEach(t -> scope.addTeams(List.of(t.team()), t.why()));
    }

    List<TeamIn> teams = new ArrayList<>();
    scope.teams.forEach((id, name) -> teams.add(new TeamIn(id, name, scope.why.get(id))));
    List<DeploymentPipeline> owned = ownedPipelines(scope, pipelines);
    List<PipelineIn> pipelineViews =
        owned.stream().map(p -> new PipelineIn(p, scope.pipeline != null)).toList();
    Changes base =
        new Changes(
            new ScopeRef(scope.kind, scope.id, scope.name),
            from,
            until,
            teams,
            pipelineViews,
            pipelinesNote(scope, pipelines, owned),
            null,
            List.of(),
            List.of(),
            List.of());
    Map<String, Repo> repos =
        repos(
            github.map(GitHubClient::settings).orElse(null),
            scope,
            teamEntities(scope, owned, services, sources));
    if (github.isEmpty()) {
      List<RepoRead> unread = repos.values().stream().map(r -> new RepoRead(r, null)).toList();
      return base.with(new GitHub(false, GITHUB_OFF, unread), new ChangeEntries.Items());
    }
    String note = repos.isEmpty() ? noRepoNote(scope) : null;
    return readGitHub(
        call, reads, github.get(), new ArrayList<>(repos.values()), from, until, base, note);
  }

  private static List<DeploymentPipeline> ownedPipelines(
      Scope scope, FanOut.Part<List<DeploymentPipeline>> all) {
    if (scope.pipeline != null) {
      return List.of(scope.pipeline);
    }
    return all.orElse(List.of()).stream().filter(p -> scope.ownedByTeam(p.teams())).toList();
  }

  private static String pipelinesNote(
      Scope scope, FanOut.Part<List<DeploymentPipeline>> all, List<DeploymentPipeline> owned) {
    if (!owned.isEmpty() || all == null || all.value().isEmpty()) {
      return PIPELINE_EVENTS;
    }
    if (scope.teams.isEmpty()) {
      return PIPELINE_EVENTS + " The scope has no team, so no pipeline is attributed to it.";
    }
    return PIPELINE_EVENTS
        + " No deployment pipeline belongs to "
        + scope.teams.entrySet().stream()
            .map(t -> t.getValue() == null ? "team " + t.getKey() : "team " + t.getValue())
            .collect(Collectors.joining(" or "))
        + ".";
  }

  /** Pipelines owned by the scope's teams and, for a wide scope, their services and sources. */
  private static List<Entity> teamEntities(
      Scope scope,
      List<DeploymentPipeline> owned,
      FanOut.Part<List<Service>> services,
      FanOut.Part<List<AlertSource>> sources) {
    List<Entity> out = new ArrayList<>();
    for (DeploymentPipeline p : owned) {
      if (scope.pipeline == null) {
        out.add(new Entity("pipeline", p.id(), p.name(), "of " + scope.teamOf(p.teams())));
      }
    }
    if (services == null || sources == null) {
      return out;
    }
    for (Service s : services.orElse(List.of())) {
      if (scope.ownedByTeam(s.teams())) {
        out.add(new Entity("service", s.id(), s.name(), "of " + scope.teamOf(s.teams())));
      }
    }
    for (AlertSource s : sources.orElse(List.of())) {
      if (scope.ownedByTeam(s.teams())) {
        out.add(new Entity("alert source", s.id(), s.name(), "of " + scope.teamOf(s.teams())));
      }
    }
    return out;
  }

  /** A repository to read and every reason it was included. */
  private record Repo(GitHubRepo repo, List<String> why) {}

  /** What the section is about: its kind, and the id and name of the object. */
  record ScopeRef(String kind, Long id, String name) {}

  /** A team in scope and why, when it is there for a reason of its own. */
  record TeamIn(Long id, String name, List<String> why) {}

  /** A pipeline of the scope; {@code read} when the scope is the pipeline itself. */
  record PipelineIn(DeploymentPipeline pipeline, boolean read) {}

  /** A repository in scope and, when read, what it changed ({@code null} when not read). */
  record RepoRead(Repo repo, RepoChanges changes) {}

  /** Whether GitHub is configured, why nothing is read, and the repositories in scope. */
  record GitHub(boolean configured, String note, List<RepoRead> repos) {}

  /** The changes of one scope in a window, as {@link #SECTION} shows them. */
  public record Changes(
      ScopeRef scope,
      Instant from,
      Instant until,
      List<TeamIn> teams,
      List<PipelineIn> pipelines,
      String pipelinesNote,
      GitHub github,
      List<ChangeEntries.CommitAt> commits,
      List<ChangeEntries.ReleaseAt> releases,
      List<ChangeEntries.DeploymentAt> deployments) {
    Changes with(GitHub github, ChangeEntries.Items items) {
      return new Changes(
          scope,
          from,
          until,
          teams,
          pipelines,
          pipelinesNote,
          github,
          items.commits.newestFirst(),
          items.releases.newestFirst(),
          items.deployments.newestFirst());
    }

    /**
     * @return how many deployment pipelines belong to the scope
     */
    public int pipelineCount() {
      return pipelines.size();
    }

    /**
     * @return how many GitHub commits, releases and deployments fall in the window
     */
    public int gitHubChangeCount() {
      return commits.size() + releases.size() + deployments.size();
    }
  }

  private static final Shape<ScopeRef> SCOPE =
      Shape.<ScopeRef>object()
          .string("kind", ScopeRef::kind)
          .integer("id", ScopeRef::id)
          .string("name", ScopeRef::name)
          .build();

  private static final Shape<Changes> WINDOW =
      Shape.<Changes>object().time("from", Changes::from).time("until", Changes::until).build();

  private static final Shape<TeamIn> TEAM =
      Shape.<TeamIn>object()
          .integer("id", TeamIn::id)
          .string("name", TeamIn::name)
          .strings("why", TeamIn::why)
          .keepEmptyUnlessNull()
          .build();

  private static final Shape<PipelineIn> PIPELINE =
      Shape.<PipelineIn>object()
          .integer("id", p -> p.pipeline().id())
          .string("name", p -> p.pipeline().name())
          .string("type", p -> p.pipeline().integrationType())
          .list("teams", Views.REF, p -> Ref.teams(p.pipeline().teams()))
          .keepEmpty()
          .time("updated_at", p -> p.pipeline().updatedAt())
          .string("source", p -> p.read() ? "get_deployment_pipeline" : "list_deployment_pipelines")
          .build();

  private static final Shape<RepoRead> REPO =
      Shape.<RepoRead>object()
          .string("repo", r -> r.repo().repo().toString())
          .strings("why", r -> r.repo().why())
          .keepEmpty()
          .integer("commits", r -> count(r.changes(), RepoChanges::commits))
          .integer("releases", r -> count(r.changes(), RepoChanges::releases))
          .integer("deployments", r -> count(r.changes(), RepoChanges::deployments))
          .strings("more_on_github", r -> more(r.changes()))
          .build();

  private static final Shape<GitHub> GITHUB =
      Shape.<GitHub>object()
          .bool("configured", GitHub::configured)
          .string("note", GitHub::note)
          .list("repos", REPO, GitHub::repos)
          .keepEmpty()
          .build();

  /** The section: scope, window, teams, pipelines, what ilert cannot tell, GitHub's changes. */
  public static final Shape<Changes> SECTION =
      Shape.<Changes>object()
          .object("scope", SCOPE, Changes::scope)
          .unlisted()
          .object("window", WINDOW, c -> c)
          .unlisted()
          .list("teams", TEAM, Changes::teams)
          .keepEmpty()
          .unlisted()
          .list("pipelines", PIPELINE, Changes::pipelines)
          .keepEmpty()
          .itemsUnlisted()
          .string("pipelines_note", Changes::pipelinesNote)
          .unlisted()
          .string("deployment_events", c -> DEPLOYMENT_EVENTS_UNKNOWN)
          .object("github", GITHUB, Changes::github)
          .unlisted()
          .list("commits", ChangeEntries.COMMIT, Changes::commits)
          .keepEmpty()
          .itemsUnlisted()
          .list("releases", ChangeEntries.RELEASE, Changes::releases)
          .keepEmpty()
          .unlisted()
          .list("deployments", ChangeEntries.DEPLOYMENT, Changes::deployments)
          .keepEmpty()
          .unlisted()
          .build();

  private static Integer count(
      RepoChanges changes, Function<RepoChanges, GitHubClient.Listing<?>> listing) {
    return changes == null || listing.apply(changes) == null
        ? null
        : listing.apply(changes).items().size();
  }

  /** The kinds GitHub has more of than were read. */
  private static List<String> more(RepoChanges changes) {
    if (changes == null) {
      return null;
    }
    List<String> more = new ArrayList<>();
    if (changes.commits() != null && changes.commits().more()) {
      more.add("commits");
    }
    if (changes.releases() != null && changes.releases().more()) {
      more.add("releases");
    }
    if (changes.deployments() != null && changes.deployments().more()) {
      more.add("deployments");
    }
    return more;
  }

  /**
   * Repositories in order of relevance: mapped to the scope itself, linked from the alert, then
   * mapped to its teams' objects. Without GitHub settings only links to github.com are recognised.
   */
  private static Map<String, Repo> repos(
      GitHubSettings settings, Scope scope, List<Entity> ofTeams) {
    Map<String, Repo> repos = new LinkedHashMap<>();
    List<RepoMapping> mappings = settings == null ? List.of() : settings.repos();
    String webHost = settings == null ? "github.com" : settings.webHost();
    addMapped(repos, mappings, scope.direct);
    for (Link link : scope.links) {
      GitHubRepo.fromLink(link.href(), webHost)
          .ifPresent(r -> why(repos, r, "linked from alert " + scope.id));
    }
    // an object the scope names itself is not repeated as one of its teams' objects
    addMapped(
        repos,
        mappings,
        ofTeams.stream()
            .filter(
                e ->
                    scope.direct.stream()
                        .noneMatch(
                            d -> d.kind().equals(e.kind()) && Objects.equals(d.id(), e.id())))
            .toList());
    return repos;
  }

  private static void addMapped(
      Map<String, Repo> repos, List<RepoMapping> mappings, List<Entity> entities) {
    for (Entity e : entities) {
      for (RepoMapping m : mappings) {
        if (m.matches(e.id(), e.name())) {
          why(repos, m.repo(), e.describe());
        }
      }
    }
  }

  private static void why(Map<String, Repo> repos, GitHubRepo repo, String reason) {
    List<String> reasons =
        repos.computeIfAbsent(repo.key(), k -> new Repo(repo, new ArrayList<>())).why();
    if (!reasons.contains(reason)) {
      reasons.add(reason);
    }
  }

  private static String noRepoNote(Scope scope) {
    String what =
        switch (scope.kind) {
          case "alert" -> "the alert's source";
          case "team" -> "the team's";
          default -> "the " + scope.kind.replace('_', ' ');
        };
    String teams = scope.wide ? " services, pipelines and alert sources" : " pipelines";
    return "No repository is mapped to "
        + what
        + (scope.kind.equals("team") ? teams : " or to its teams'" + teams)
        + (scope.kind.equals("alert") ? ", and the alert has no GitHub link" : "")
        + "; add name=owner/repo to --github-repos.";
  }

  private static Changes readGitHub(
      IlertCall call,
      FanOut reads,
      GitHubClient github,
      List<Repo> repos,
      Instant from,
      Instant until,
      Changes base,
      String note) {
    List<Repo> read = repos.subList(0, Math.min(repos.size(), GitHubClient.MAX_REPOS));
    if (repos.size() > read.size()) {
      reads.markMissing(
          "github",
          (repos.size() - read.size())
              + " more repositories not read (at most "
              + GitHubClient.MAX_REPOS
              + " per call): "
              + repos.subList(read.size(), repos.size()).stream()
                  .map(r -> r.repo().toString())
                  .collect(Collectors.joining(", "))
              + "; ask about one service or pipeline");
    }
    Duration budget = call.timeLeft();
    List<FanOut.Part<RepoChanges>> parts = new ArrayList<>();
    for (Repo r : read) {
      parts.add(
          reads.add("github " + r.repo(), () -> github.changes(r.repo(), from, until, budget)));
    }
    reads.await();
    List<RepoRead> repoReads = new ArrayList<>();
    ChangeEntries.Items items = new ChangeEntries.Items();
    for (int i = 0; i < read.size(); i++) {
      String repo = read.get(i).repo().toString();
      Optional<RepoChanges> changes = parts.get(i).value();
      repoReads.add(new RepoRead(read.get(i), changes.orElse(null)));
      if (changes.isPresent()) {
        items.add(changes.get());
        changes.get().failures().forEach(f -> reads.markMissing("github " + repo, f));
      }
    }
    return base.with(new GitHub(true, note, repoReads), items);
  }

  /**
   * A time window.
   *
   * @param from start, inclusive
   * @param until end, inclusive
   */
  public record Window(Instant from, Instant until) {
    /** The default window around an alert reported at {@code reportTime}. */
    public static Window aroundAlert(Instant reportTime) {
      return new Window(reportTime.minus(BEFORE_ALERT), reportTime.plus(AFTER_ALERT));
    }
  }
}
