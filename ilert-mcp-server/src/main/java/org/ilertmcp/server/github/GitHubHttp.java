package org.ilertmcp.server.github;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.http.Attempts;
import org.ilertmcp.client.http.Backoff;
import org.ilertmcp.client.http.Deadline;
import org.ilertmcp.client.http.ExchangeException;
import org.ilertmcp.client.http.Exchanges;
import org.ilertmcp.client.http.RetryAfter;
import org.ilertmcp.client.http.WaitListener;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.github.GitHubException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The GitHub client's one HTTP choke point, on the same pieces as the ilert client: the token and
 * API headers, the exchange bounded by the deadline ({@link Exchanges}), at most {@link
 * Attempts#MAX_ATTEMPTS} attempts with backoff or {@code Retry-After} inside it, and every outcome
 * turned into a list or a typed {@link GitHubException}. Redirects are never followed, so the token
 * never travels to another host.
 */
final class GitHubHttp {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final GitHubSettings settings;
  private final RetrySettings retry;
  private final HttpClient http;
  private final String base;
  private final String userAgent;
  private final Clock clock = Clock.systemUTC();

  GitHubHttp(GitHubSettings settings, String userAgent, RetrySettings retry) {
    this.settings = settings;
    this.retry = retry;
    this.http =
        Exchanges.newClient(
            CONNECT_TIMEOUT,
            "https".equalsIgnoreCase(settings.apiUrl().getScheme())
                ? HttpClient.Version.HTTP_2
                : HttpClient.Version.HTTP_1_1);
    this.base = settings.apiUrl().toString().replaceAll("/+$", "");
    this.userAgent = userAgent;
  }

  /**
   * {@code GET /repos/{owner}/{repo}/{list}?{query}}: a JSON array.
   *
   * @throws GitHubException for any failure
   */
  JsonNode list(GitHubRepo repo, String list, String query, Deadline deadline) {
    URI uri = URI.create(base + "/repos/" + repo + "/" + list + "?" + query);
    return Attempts.run(
        retry.maxRetries() + 1,
        deadline,
        WaitListener.NONE,
        GitHubException.class,
        this::retryDelay,
        () -> attempt(uri, deadline));
  }

  /** Reads are retried after a broken connection, a 5xx, or a rate limit that says when. */
  private Optional<Duration> retryDelay(GitHubException failure, int attempt) {
    return switch (failure.kind()) {
      case UNREACHABLE, SERVER_ERROR ->
          Optional.of(Backoff.delay(retry.baseDelay(), retry.maxDelay(), retry.jitter(), attempt));
      case RATE_LIMITED -> failure.retryAfter();
      default -> Optional.empty();
    };
  }

  private JsonNode attempt(URI uri, Deadline deadline) {
    Duration wait = deadline.remaining();
    if (wait.compareTo(settings.requestTimeout()) > 0) {
      wait = settings.requestTimeout();
    }
    if (wait.toMillis() <= 0) {
      throw new GitHubException(Kind.NO_TIME, "no time left within the call's deadline", null);
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(wait)
            .header("Authorization", "Bearer " + settings.token())
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", userAgent)
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response =
          Exchanges.send(
              http, request, new Deadline(Instant.now().plus(wait), clock), WaitListener.NONE);
    } catch (ExchangeException e) {
      throw failure(e, wait);
    }
    int status = response.statusCode();
    if (status != 200) {
      throw failure(status, response);
    }
    try {
      JsonNode body = Json.parse(response.body());
      if (body == null || !body.isArray()) {
        throw new GitHubException(
            Kind.MALFORMED, "GitHub sent an unexpected answer (not a list)", null);
      }
      return body;
    } catch (JacksonException e) {
      throw new GitHubException(Kind.MALFORMED, "GitHub sent an unreadable answer", null);
    }
  }

  private static GitHubException failure(ExchangeException e, Duration wait) {
    return switch (e.kind()) {
      case TIMED_OUT ->
          new GitHubException(
              Kind.TIMEOUT, "GitHub did not answer within " + seconds(wait) + " s", null);
      case TRUNCATED -> new GitHubException(Kind.MALFORMED, "GitHub's answer was cut off", null);
      case INTERRUPTED -> new GitHubException(Kind.CANCELLED, "the read was cancelled", null);
      case NOT_CONNECTED, BROKEN ->
          new GitHubException(Kind.UNREACHABLE, "GitHub could not be reached", null);
    };
  }

  private GitHubException failure(int status, HttpResponse<byte[]> response) {
    String http = " (HTTP " + status + ")";
    String remaining = response.headers().firstValue("x-ratelimit-remaining").orElse("");
    Duration retryAfter = RetryAfter.parse(response.headers(), clock);
    if (status == 401) {
      return new GitHubException(
          Kind.TOKEN_REJECTED,
          "GitHub rejected the token" + http + "; check --github-token-file or GITHUB_TOKEN",
          null);
    }
    if (status == 429 || (status == 403 && (remaining.equals("0") || retryAfter != null))) {
      return new GitHubException(
          Kind.RATE_LIMITED,
          "GitHub is rate limiting the token" + http + "; retry " + later(retryAfter),
          retryAfter);
    }
    if (status == 403) {
      return new GitHubException(
          Kind.FORBIDDEN, "the token may not read this repository" + http, null);
    }
    if (status == 404) {
      return new GitHubException(
          Kind.NOT_FOUND, "repository not found or not visible to the token" + http, null);
    }
    if (status >= 300 && status < 400) {
      return new GitHubException(
          Kind.MOVED, "GitHub moved this repository" + http + "; update --github-repos", null);
    }
    if (status == 409) {
      return new GitHubException(Kind.EMPTY_REPOSITORY, "the repository is empty" + http, null);
    }
    if (status >= 500) {
      return new GitHubException(
          Kind.SERVER_ERROR, "GitHub answered" + http + "; retry " + later(retryAfter), retryAfter);
    }
    if (status >= 200 && status < 300) {
      return new GitHubException(Kind.MALFORMED, "GitHub sent an unexpected answer" + http, null);
    }
    return new GitHubException(Kind.REFUSED, "GitHub refused the request" + http, null);
  }

  private static String later(Duration retryAfter) {
    return retryAfter == null ? "in a minute" : "in ~" + Math.max(1, retryAfter.toSeconds()) + " s";
  }

  private static String seconds(Duration wait) {
    long millis = wait.toMillis();
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }
}
