package org.ilertmcp.server.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.github.GitHubSettings.RepoMapping;
import org.junit.jupiter.api.Test;

/** Settings, repository names, mappings and link recognition. */
class GitHubSettingsTest {
  private static final String TOKEN = "ghp_secret-value-42";

  @Test
  void toStringNeverShowsTheTokenNotEvenInsideServerSettings() {
    GitHubSettings settings =
        new GitHubSettings(
            GitHubSettings.DEFAULT_API_URL,
            TOKEN,
            List.of(RepoMapping.parse("a=b/c").orElseThrow()));
    IlertMcpServer.ServerSettings server =
        new IlertMcpServer.ServerSettings(
                ToolSelection.defaults(), 8000, java.time.Duration.ofSeconds(5))
            .withGitHub(settings);
    assertThat(settings.toString()).doesNotContain(TOKEN).contains("<redacted>").contains("b/c");
    assertThat(server.toString()).doesNotContain(TOKEN);
  }

  @Test
  void theWebHostFollowsTheApiUrl() {
    assertThat(settings("https://api.github.com").webHost()).isEqualTo("github.com");
    assertThat(settings("https://api.acme.ghe.com").webHost()).isEqualTo("acme.ghe.com");
    assertThat(settings("https://git.acme.example/api/v3").webHost()).isEqualTo("git.acme.example");
  }

  private static GitHubSettings settings(String url) {
    return new GitHubSettings(URI.create(url), TOKEN, List.of());
  }

  @Test
  void mappingsNameAnIlertObjectByNameOrId() {
    RepoMapping byName = RepoMapping.parse(" Checkout API = acme/checkout ").orElseThrow();
    assertThat(byName.name()).isEqualTo("Checkout API");
    assertThat(byName.repo()).isEqualTo(new GitHubRepo("acme", "checkout"));
    assertThat(byName.matches(601L, "checkout api")).isTrue();
    assertThat(byName.matches(601L, "Checkout")).isFalse();
    assertThat(RepoMapping.parse("801=acme/checkout").orElseThrow().matches(801L, "x")).isTrue();
    assertThat(RepoMapping.parse("checkout")).isEmpty();
    assertThat(RepoMapping.parse("=acme/checkout")).isEmpty();
    assertThat(RepoMapping.parse("x=acme")).isEmpty();
    assertThat(RepoMapping.parse("x=acme/checkout/extra")).isEmpty();
    assertThat(RepoMapping.parse("x=../etc")).isEmpty();
    assertThat(RepoMapping.parse("x=acme/che?ckout")).isEmpty();
  }

  @Test
  void repositoriesAreRecognisedInLinksOfTheConfiguredHostOnly() {
    assertThat(GitHubRepo.fromLink("https://github.com/acme/checkout/pull/42", "github.com"))
        .contains(new GitHubRepo("acme", "checkout"));
    assertThat(GitHubRepo.fromLink("https://www.github.com/acme/checkout.git", "github.com"))
        .contains(new GitHubRepo("acme", "checkout"));
    assertThat(
            GitHubRepo.fromLink("https://git.acme.example/team/api/commit/abc", "git.acme.example"))
        .contains(new GitHubRepo("team", "api"));
    assertThat(GitHubRepo.fromLink("https://github.com/acme", "github.com")).isEmpty();
    assertThat(GitHubRepo.fromLink("https://github.com/orgs/acme/teams", "github.com")).isEmpty();
    assertThat(GitHubRepo.fromLink("https://gitlab.com/acme/checkout", "github.com")).isEmpty();
    assertThat(GitHubRepo.fromLink("http://github.com/acme/checkout", "github.com")).isEmpty();
    assertThat(GitHubRepo.fromLink("https://github.com.evil.example/acme/x", "github.com"))
        .isEmpty();
    assertThat(GitHubRepo.fromLink("not a url", "github.com")).isEmpty();
    assertThat(GitHubRepo.fromLink(null, "github.com")).isEqualTo(Optional.empty());
  }
}
