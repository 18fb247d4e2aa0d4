package org.ilertmcp.server.github;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server reads recent changes from GitHub (or GitHub Enterprise). Read-only: the token is
 * only sent to {@code apiUrl}, and {@link #toString()} never shows it.
 *
 * @param apiUrl API base, {@code https://api.github.com} or {@code https://<host>/api/v3}
 * @param token a token that may read the mapped repositories
 * @param repos which ilert service, deployment pipeline or alert source belongs to which repository
 * @param requestTimeout longest wait for one GitHub request; the tool call's deadline may cut it
 */
public record GitHubSettings(
    URI apiUrl, String token, List<RepoMapping> repos, Duration requestTimeout) {

  /** github.com's API. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.github.com");

  /** Default for {@link #requestTimeout}. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /**
   * One entry of {@code --github-repos}: {@code name=owner/repo}.
   *
   * @param name the name or id of an ilert service, deployment pipeline or alert source
   * @param repo the repository
   */
  public record RepoMapping(String name, GitHubRepo repo) {
    public RepoMapping {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("mapping without a name");
      }
      name = name.strip();
      Objects.requireNonNull(repo);
    }

    /** {@code name=owner/repo}, or empty when the entry is not of that form. */
    public static Optional<RepoMapping> parse(String entry) {
      int eq = entry == null ? -1 : entry.lastIndexOf('=');
      if (eq <= 0 || entry.substring(0, eq).isBlank()) {
        return Optional.empty();
      }
      return GitHubRepo.parse(entry.substring(eq + 1))
          .map(repo -> new RepoMapping(entry.substring(0, eq), repo));
    }

    /** Whether this entry names the ilert object with this id or name (case-insensitive). */
    public boolean matches(Long id, String objectName) {
      return (id != null && name.equals(Long.toString(id)))
          || (objectName != null && name.equalsIgnoreCase(objectName.strip()));
    }
  }

  public GitHubSettings {
    Objects.requireNonNull(apiUrl);
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("GitHub token is blank");
    }
    if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      // it goes into a header; the message must not echo it
      throw new IllegalArgumentException("GitHub token has spaces or control characters");
    }
    repos = List.copyOf(repos);
    Objects.requireNonNull(requestTimeout);
  }

  public GitHubSettings(URI apiUrl, String token, List<RepoMapping> repos) {
    this(apiUrl, token, repos, DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * The host of the web pages whose links name repositories of this API: {@code github.com} for
   * {@code api.github.com}, {@code acme.ghe.com} for {@code api.acme.ghe.com}, and the host itself
   * for GitHub Enterprise Server ({@code https://host/api/v3}).
   */
  public String webHost() {
    String host = apiUrl.getHost().toLowerCase(Locale.ROOT);
    boolean server = apiUrl.getPath() != null && apiUrl.getPath().startsWith("/api/");
    return !server && host.startsWith("api.") ? host.substring(4) : host;
  }

  @Override
  public String toString() {
    return "GitHubSettings[apiUrl="
        + apiUrl
        + ", token=<redacted>, repos="
        + repos
        + ", requestTimeout="
        + requestTimeout
        + "]";
  }
}
