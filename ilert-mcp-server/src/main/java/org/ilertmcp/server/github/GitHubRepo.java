package org.ilertmcp.server.github;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A GitHub repository, {@code owner/name}. Only GitHub's own characters are accepted, so a value
 * can be put into a request path without escaping and cannot reach another endpoint.
 *
 * @param owner user or organisation
 * @param name repository name
 */
public record GitHubRepo(String owner, String name) {
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /** First path segments of github.com pages that are not repositories. */
  private static final Set<String> NOT_OWNERS =
      Set.of(
          "orgs",
          "users",
          "settings",
          "marketplace",
          "apps",
          "topics",
          "features",
          "sponsors",
          "enterprise",
          "login",
          "notifications",
          "search",
          "explore",
          "collections",
          "about");

  public GitHubRepo {
    if (owner == null || !OWNER.matcher(owner).matches()) {
      throw new IllegalArgumentException("not a GitHub owner: " + owner);
    }
    if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("not a GitHub repository name: " + name);
    }
  }

  /** {@code owner/name}, or empty if {@code value} is not of that form. */
  public static Optional<GitHubRepo> parse(String value) {
    String[] parts = value == null ? new String[0] : value.trim().split("/", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GitHubRepo(parts[0], parts[1]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The repository a web link points into ({@code https://<webHost>/<owner>/<repo>/...}), or empty
   * when the link is on another host or is not a repository page.
   */
  public static Optional<GitHubRepo> fromLink(String href, String webHost) {
    URI uri;
    try {
      uri = URI.create(href == null ? "" : href.trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    boolean sameHost = host.equals(webHost) || host.equals("www." + webHost);
    if (!"https".equalsIgnoreCase(uri.getScheme()) || !sameHost || uri.getPath() == null) {
      return Optional.empty();
    }
    String[] segments = uri.getPath().replaceFirst("^/", "").split("/");
    if (segments.length < 2 || NOT_OWNERS.contains(segments[0].toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String repo =
        segments[1].endsWith(".git") ? segments[1].replaceFirst("\\.git$", "") : segments[1];
    return parse(segments[0] + "/" + repo);
  }

  /** Case-insensitive key: GitHub treats {@code Acme/Checkout} and {@code acme/checkout} alike. */
  public String key() {
    return toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return owner + "/" + name;
  }
}
