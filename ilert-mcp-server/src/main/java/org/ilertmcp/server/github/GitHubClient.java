package org.ilertmcp.server.github;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.http.Deadline;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A small read-only GitHub REST client for exactly three lists of one repository: commits in a time
 * window, releases and deployments. Its HTTP goes through one choke point ({@code GitHubHttp}) on
 * the same deadline, attempt and backoff pieces as the ilert client; every failure is a typed
 * {@link GitHubException} with a short reason that names neither the token nor the URL.
 */
public final class GitHubClient {
  /** Most commits, releases and deployments (each) listed per repository. */
  public static final int MAX_ITEMS = 20;

  /**
   * Releases and deployments read per repository to find those in the window: GitHub lists them
   * newest first and cannot filter them by time.
   */
  public static final int SCAN = 100;

  /** Most repositories read for one tool call. */
  public static final int MAX_REPOS = 5;

  private static final int TITLE_CHARS = 200;
  private static final Logger LOG = LoggerFactory.getLogger("org.ilertmcp.github");

  /**
   * A commit.
   *
   * @param sha full SHA
   * @param title first line of the message (untrusted text, cleaned)
   * @param author author name or login
   * @param at commit time (committer date, as GitHub's {@code since}/{@code until} use)
   */
  public record Commit(String sha, String title, String author, Instant at) {}

  /**
   * A release.
   *
   * @param id GitHub id
   * @param tag tag name
   * @param name release name (untrusted text, cleaned)
   * @param at publication time, or creation time for a draft
   * @param draft whether it is an unpublished draft
   * @param prerelease whether it is marked as a pre-release
   * @param author login of the author
   */
  public record Release(
      long id,
      String tag,
      String name,
      Instant at,
      boolean draft,
      boolean prerelease,
      String author) {}

  /**
   * A deployment (its statuses are a further request each and are not read).
   *
   * @param id GitHub id
   * @param environment target environment
   * @param ref branch, tag or SHA that was deployed
   * @param sha commit SHA
   * @param at creation time
   * @param creator login of whoever created it
   * @param description description (untrusted text, cleaned)
   */
  public record Deployment(
      long id,
      String environment,
      String ref,
      String sha,
      Instant at,
      String creator,
      String description) {}

  /**
   * Items of one list in the window, newest first.
   *
   * @param items at most {@link #MAX_ITEMS}
   * @param more whether GitHub may hold more in the window than were listed
   */
  public record Listing<T>(List<T> items, boolean more) {}

  /**
   * What one repository changed in a window. A list that could not be read is null and its reason
   * is in {@code failures}.
   *
   * @param repo the repository
   * @param commits commits, or null
   * @param releases releases, or null
   * @param deployments deployments, or null
   * @param failures short reasons, each naming the list it concerns
   */
  public record RepoChanges(
      GitHubRepo repo,
      Listing<Commit> commits,
      Listing<Release> releases,
      Listing<Deployment> deployments,
      List<String> failures) {}

  private final GitHubSettings settings;
  private final GitHubHttp http;

  /**
   * A client with the default retries.
   *
   * @param settings where and how to read
   * @param userAgent the {@code User-Agent} value (GitHub requires one)
   */
  public GitHubClient(GitHubSettings settings, String userAgent) {
    this(settings, userAgent, RetrySettings.defaults());
  }

  /**
   * @param settings where and how to read
   * @param userAgent the {@code User-Agent} value (GitHub requires one)
   * @param retry backoff after a 5xx or a broken connection (at most 3 attempts per list)
   */
  public GitHubClient(GitHubSettings settings, String userAgent, RetrySettings retry) {
    this.settings = settings;
    this.http = new GitHubHttp(settings, userAgent, retry);
  }

  public GitHubSettings settings() {
    return settings;
  }

  /**
   * Commits, releases and deployments of {@code repo} in {@code [from, until]}, read one after the
   * other within {@code budget}. Never throws for a GitHub failure: it is listed in {@link
   * RepoChanges#failures()}, and when it concerns the whole repository the remaining lists are not
   * tried.
   */
  public RepoChanges changes(GitHubRepo repo, Instant from, Instant until, Duration budget) {
    Deadline deadline =
        Deadline.in(budget.isNegative() ? Duration.ZERO : budget, Clock.systemUTC());
    List<String> failures = new ArrayList<>();
    Listing<Commit> commits = null;
    Listing<Release> releases = null;
    Listing<Deployment> deployments = null;
    try {
      commits = attempt(repo, "commits", failures, () -> commits(repo, from, until, deadline));
      releases = attempt(repo, "releases", failures, () -> releases(repo, from, until, deadline));
      deployments =
          attempt(repo, "deployments", failures, () -> deployments(repo, from, until, deadline));
    } catch (GitHubException whole) {
      failures.add(whole.getMessage());
    }
    return new RepoChanges(repo, commits, releases, deployments, List.copyOf(failures));
  }

  private interface Read<T> {
    T run();
  }

  /** Runs one read; a failure of the whole repository is rethrown so no further read is tried. */
  private static <T> T attempt(GitHubRepo repo, String list, List<String> failures, Read<T> read) {
    try {
      return read.run();
    } catch (GitHubException e) {
      LOG.info("github read failed: repo={} list={} reason={}", repo, list, e.getMessage());
      if (e.wholeRepository()) {
        throw e;
      }
      failures.add(list + ": " + e.getMessage());
      return null;
    }
  }

  Listing<Commit> commits(GitHubRepo repo, Instant from, Instant until, Deadline deadline) {
    JsonNode page =
        http.list(
            repo,
            "commits",
            "since="
                + query(from.toString())
                + "&until="
                + query(until.toString())
                + "&per_page="
                + MAX_ITEMS,
            deadline);
    List<Commit> items = new ArrayList<>();
    for (JsonNode c : page) {
      Commit commit = commit(c);
      if (within(commit.at(), from, until)) {
        items.add(commit);
      }
    }
    return new Listing<>(items, page.size() >= MAX_ITEMS);
  }

  Listing<Release> releases(GitHubRepo repo, Instant from, Instant until, Deadline deadline) {
    JsonNode page = http.list(repo, "releases", "per_page=" + SCAN, deadline);
    return window(page, GitHubClient::release, Release::at, from, until);
  }

  Listing<Deployment> deployments(GitHubRepo repo, Instant from, Instant until, Deadline deadline) {
    JsonNode page = http.list(repo, "deployments", "per_page=" + SCAN, deadline);
    return window(page, GitHubClient::deployment, Deployment::at, from, until);
  }

  /** The items of a newest-first page that fall in the window, at most {@link #MAX_ITEMS}. */
  private static <T> Listing<T> window(
      JsonNode page,
      Function<JsonNode, T> parse,
      Function<T, Instant> time,
      Instant from,
      Instant until) {
    List<T> items = new ArrayList<>();
    boolean more = false;
    Instant oldest = null;
    for (JsonNode node : page) {
      T item = parse.apply(node);
      Instant at = time.apply(item);
      if (at != null && (oldest == null || at.isBefore(oldest))) {
        oldest = at;
      }
      if (within(at, from, until)) {
        if (items.size() < MAX_ITEMS) {
          items.add(item);
        } else {
          more = true;
        }
      }
    }
    // a full page whose oldest item is still inside the window may have more on the next page
    more |= page.size() >= SCAN && oldest != null && !oldest.isBefore(from);
    items.sort((a, b) -> compare(time.apply(b), time.apply(a)));
    return new Listing<>(items, more);
  }

  private static int compare(Instant a, Instant b) {
    return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
  }

  private static boolean within(Instant at, Instant from, Instant until) {
    return at != null && !at.isBefore(from) && !at.isAfter(until);
  }

  private static Commit commit(JsonNode c) {
    JsonNode detail = c.path("commit");
    String message = Text.clean(Json.string(detail, "message"));
    String title = message == null ? null : shorten(message.lines().findFirst().orElse(""));
    String author = Json.string(detail.path("author"), "name");
    if (author == null) {
      author = Json.string(c.path("author"), "login");
    }
    Instant at = instant(Json.string(detail.path("committer"), "date"));
    if (at == null) {
      at = instant(Json.string(detail.path("author"), "date"));
    }
    return new Commit(Json.string(c, "sha"), title, Text.clean(author), at);
  }

  private static Release release(JsonNode r) {
    boolean draft = r.path("draft").asBoolean(false);
    Instant at = instant(Json.string(r, "published_at"));
    if (at == null) {
      at = instant(Json.string(r, "created_at"));
    }
    return new Release(
        r.path("id").asLong(0),
        Text.clean(Json.string(r, "tag_name")),
        shorten(Text.clean(Json.string(r, "name"))),
        at,
        draft,
        r.path("prerelease").asBoolean(false),
        Json.string(r.path("author"), "login"));
  }

  private static Deployment deployment(JsonNode d) {
    return new Deployment(
        d.path("id").asLong(0),
        Text.clean(Json.string(d, "environment")),
        Text.clean(Json.string(d, "ref")),
        Json.string(d, "sha"),
        instant(Json.string(d, "created_at")),
        Json.string(d.path("creator"), "login"),
        shorten(Text.clean(Json.string(d, "description"))));
  }

  private static String shorten(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() <= TITLE_CHARS ? t : t.substring(0, TITLE_CHARS) + "…";
  }

  private static Instant instant(String value) {
    try {
      return value == null ? null : Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
