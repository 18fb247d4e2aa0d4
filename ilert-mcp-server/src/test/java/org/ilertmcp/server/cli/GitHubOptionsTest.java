package org.ilertmcp.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ilertmcp.server.github.GitHubRepo;
import org.ilertmcp.server.github.GitHubSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub options on their own, with a controlled environment instead of the real one. */
class GitHubOptionsTest {
  @TempDir Path dir;

  private static GitHubOptions options(Map<String, String> env, String... repos) {
    GitHubOptions options = new GitHubOptions();
    options.apiUrl = "https://api.github.com";
    options.repos = List.of(repos);
    options.environment = env::get;
    return options;
  }

  @Test
  void withoutATokenGitHubIsOff() {
    assertThat(options(Map.of()).settings()).isNull();
  }

  @Test
  void theTokenComesFromGithubTokenOrAFileThatWins() throws Exception {
    GitHubSettings fromEnv =
        options(Map.of("GITHUB_TOKEN", " env-token \n"), "Checkout API=acme/checkout").settings();
    assertThat(fromEnv.token()).isEqualTo("env-token");
    assertThat(fromEnv.repos())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("Checkout API");
              assertThat(m.repo()).isEqualTo(new GitHubRepo("acme", "checkout"));
            });

    Path file = Files.writeString(dir.resolve("token"), "file-token\n");
    GitHubOptions options = options(Map.of("GITHUB_TOKEN", "env-token"));
    options.tokenFile = file;
    assertThat(options.settings().token()).isEqualTo("file-token");
  }

  @Test
  void repositoriesWithoutATokenAreAConfigurationError() {
    assertThatThrownBy(() -> options(Map.of(), "checkout=acme/checkout").settings())
        .hasMessage("--github-repos needs a GitHub token: set --github-token-file or GITHUB_TOKEN");
  }

  @Test
  void aTokenWithSpacesIsRefusedWithoutShowingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "two words-secret");
    GitHubOptions options = options(Map.of());
    options.tokenFile = file;
    assertThatThrownBy(options::settings)
        .hasMessageContaining("does not hold a single-line GitHub token")
        .message()
        .doesNotContain("secret");
  }

  @Test
  void anEmptyTokenFileIsAnError() throws Exception {
    GitHubOptions options = options(Map.of());
    options.tokenFile = Files.writeString(dir.resolve("empty"), " \n");
    assertThatThrownBy(options::settings).hasMessageContaining("is empty");
  }
}
