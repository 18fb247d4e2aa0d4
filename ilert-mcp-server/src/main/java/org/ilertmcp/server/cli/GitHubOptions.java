package org.ilertmcp.server.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ilertmcp.server.github.GitHubSettings;
import org.ilertmcp.server.github.GitHubSettings.RepoMapping;
import picocli.CommandLine.Option;

/** Optional GitHub access for recent changes (find_recent_changes, investigate_alert). */
public final class GitHubOptions {
  @Option(
      names = "--github-token-file",
      defaultValue = "${env:ILERT_GITHUB_TOKEN_FILE}",
      description =
          "File holding a GitHub token that may read the mapped repositories (else env"
              + " GITHUB_TOKEN); enables commits, releases and deployments in find_recent_changes."
              + " Env ILERT_GITHUB_TOKEN_FILE.")
  Path tokenFile;

  @Option(
      names = "--github-api-url",
      defaultValue = "${env:ILERT_GITHUB_API_URL:-https://api.github.com}",
      description =
          "GitHub API base URL; for GitHub Enterprise Server https://<host>/api/v3."
              + " Env ILERT_GITHUB_API_URL. Default: ${DEFAULT-VALUE}.")
  String apiUrl;

  @Option(
      names = "--github-repos",
      split = ",",
      defaultValue = "${env:ILERT_GITHUB_REPOS:-}",
      description =
          "Which repository belongs to which ilert service, deployment pipeline or alert source"
              + " (name or id), comma-separated name=owner/repo, e.g."
              + " checkout-service=acme/checkout. Env ILERT_GITHUB_REPOS.")
  List<String> repos = new ArrayList<>();

  /** Where the token comes from when no file is given; the environment, replaceable in tests. */
  UnaryOperator<String> environment = System::getenv;

  /**
   * Validated settings, null when no token is configured, or an {@link IllegalArgumentException}
   * with one clear sentence (never the token).
   */
  GitHubSettings settings() {
    List<RepoMapping> mappings = mappings();
    URI url = apiUrl();
    String token = token();
    if (token == null) {
      if (!mappings.isEmpty()) {
        throw new IllegalArgumentException(
            "--github-repos needs a GitHub token: set --github-token-file or GITHUB_TOKEN");
      }
      return null;
    }
    return new GitHubSettings(url, token, mappings);
  }

  private List<RepoMapping> mappings() {
    List<RepoMapping> out = new ArrayList<>();
    for (String entry : repos) {
      if (entry.isBlank()) {
        continue;
      }
      out.add(
          RepoMapping.parse(entry)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--github-repos entry '"
                              + entry.strip()
                              + "' must be name=owner/repo, e.g. checkout-service=acme/checkout")));
    }
    return out;
  }

  private URI apiUrl() {
    URI uri;
    try {
      uri = URI.create(apiUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--github-api-url is not a URL");
    }
    if (uri.getRawUserInfo() != null) {
      // never echo it: it holds a credential
      throw new IllegalArgumentException(
          "--github-api-url must not contain credentials; use --github-token-file");
    }
    if (uri.getScheme() == null
        || !uri.getScheme().matches("https?")
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "--github-api-url must be an http(s) URL such as https://api.github.com or"
              + " https://github.example.com/api/v3, not '"
              + apiUrl
              + "'");
    }
    return uri;
  }

  private String token() {
    String token;
    String origin;
    if (tokenFile != null) {
      origin = "--github-token-file " + tokenFile;
      try {
        token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      } catch (IOException | SecurityException e) {
        throw new IllegalArgumentException("cannot read --github-token-file " + tokenFile);
      }
      if (token.isEmpty()) {
        throw new IllegalArgumentException("--github-token-file " + tokenFile + " is empty");
      }
    } else {
      origin = "GITHUB_TOKEN";
      token = environment.apply("GITHUB_TOKEN");
      if (token == null || token.isBlank()) {
        return null;
      }
      token = token.strip();
    }
    if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException(
          origin
              + " does not hold a single-line GitHub token (it has spaces or control characters)");
    }
    return token;
  }
}
