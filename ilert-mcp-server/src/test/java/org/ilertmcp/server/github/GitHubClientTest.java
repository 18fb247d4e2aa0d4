package org.ilertmcp.server.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.http.Attempts;
import org.ilertmcp.server.github.GitHubClient.RepoChanges;
import org.ilertmcp.server.testing.FakeGitHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GitHub client on the wire, against a local fake of the three endpoints it reads. */
class GitHubClientTest {
  private static final String TOKEN = "ghp_test-token-1234567890";
  private static final GitHubRepo CHECKOUT = new GitHubRepo("acme", "checkout");
  private static final Instant UNTIL = Instant.parse("2026-03-10T12:00:00Z");
  private static final Instant FROM = UNTIL.minus(Duration.ofHours(24));
  private static final Duration BUDGET = Duration.ofSeconds(20);
  private static final RetrySettings FAST_RETRY =
      new RetrySettings(
          RetrySettings.MAX_RETRIES,
          Duration.ofMillis(10),
          Duration.ofMillis(40),
          Duration.ZERO,
          0);

  private FakeGitHub github;

  @BeforeEach
  void start() {
    github = FakeGitHub.start();
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private GitHubClient client() {
    return client(GitHubSettings.DEFAULT_REQUEST_TIMEOUT);
  }

  private GitHubClient client(Duration requestTimeout) {
    return new GitHubClient(
        new GitHubSettings(github.apiUrl(), TOKEN, List.of(), requestTimeout),
        "ilert-mcp/test",
        FAST_RETRY);
  }

  @Test
  void readsTheThreeListsWithTheDocumentedRequestAndKeepsOnlyTheWindow() {
    github
        .commit(
            "acme/checkout", "a".repeat(40), "Fix retry\n\nlong body", "Ada", FROM.plusSeconds(60))
        .commit("acme/checkout", "b".repeat(40), "Raise pool size", "Bo", UNTIL.minusSeconds(60))
        .commit("acme/checkout", "c".repeat(40), "Old change", "Cy", FROM.minusSeconds(1))
        .commit("acme/checkout", "d".repeat(40), "Later change", "Di", UNTIL.plusSeconds(1))
        .release("acme/checkout", "v2.0.0", UNTIL.minus(Duration.ofHours(2)))
        .release("acme/checkout", "v1.9.0", FROM.minus(Duration.ofDays(3)))
        .deployment("acme/checkout", "production", "bbbbbbb", UNTIL.minus(Duration.ofHours(1)))
        .deployment("acme/checkout", "production", "0000000", UNTIL.plus(Duration.ofHours(1)));

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.failures()).isEmpty();
    assertThat(changes.commits().items())
        .extracting(GitHubClient.Commit::sha)
        .containsExactly("b".repeat(40), "a".repeat(40));
    assertThat(changes.commits().items().get(1).title()).isEqualTo("Fix retry");
    assertThat(changes.commits().more()).isFalse();
    assertThat(changes.releases().items())
        .extracting(GitHubClient.Release::tag)
        .containsExactly("v2.0.0");
    assertThat(changes.deployments().items())
        .extracting(GitHubClient.Deployment::sha)
        .containsExactly("bbbbbbb");

    FakeGitHub.Request commits = github.requests("acme/checkout", "commits").get(0);
    assertThat(commits.query())
        .containsEntry("since", FROM.toString())
        .containsEntry("until", UNTIL.toString())
        .containsEntry("per_page", Integer.toString(GitHubClient.MAX_ITEMS));
    assertThat(github.requests("acme/checkout", "releases").get(0).query())
        .containsEntry("per_page", Integer.toString(GitHubClient.SCAN));
    assertThat(github.requests("acme/checkout", "deployments").get(0).query())
        .containsEntry("per_page", Integer.toString(GitHubClient.SCAN));
    for (FakeGitHub.Request r : github.requests()) {
      assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(r.header("Accept")).isEqualTo("application/vnd.github+json");
      assertThat(r.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
      assertThat(r.header("User-Agent")).startsWith("ilert-mcp/");
    }
    assertThat(github.requests()).hasSize(3);
  }

  @Test
  void gitHubEnterpriseServerIsReadBelowItsApiPath() {
    github.close();
    github = FakeGitHub.start("/api/v3");
    github.commit("acme/checkout", "e".repeat(40), "On GHES", "Ed", FROM.plusSeconds(5));

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.commits().items()).hasSize(1);
    assertThat(github.requests().get(0).path()).isEqualTo("/api/v3/repos/acme/checkout/commits");
  }

  @Test
  void aFullPageSaysMoreMayExist() {
    for (int i = 0; i < GitHubClient.MAX_ITEMS + 5; i++) {
      github.commit(
          "acme/checkout", String.format("%040d", i), "c" + i, "Ada", FROM.plusSeconds(i));
    }
    for (int i = 0; i < GitHubClient.MAX_ITEMS + 3; i++) {
      github.release("acme/checkout", "v" + i, FROM.plusSeconds(i));
    }

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.commits().items()).hasSize(GitHubClient.MAX_ITEMS);
    assertThat(changes.commits().more()).isTrue();
    assertThat(changes.releases().items()).hasSize(GitHubClient.MAX_ITEMS);
    assertThat(changes.releases().more()).isTrue();
    assertThat(changes.releases().items().get(0).tag())
        .isEqualTo("v" + (GitHubClient.MAX_ITEMS + 2));
    assertThat(changes.deployments().items()).isEmpty();
    assertThat(changes.deployments().more()).isFalse();
  }

  @Test
  void aRefusedTokenFailsTheRepositoryOnceWithoutTryingTheOtherLists() {
    github.emptyRepo("acme/checkout").fail("acme/checkout", 401);

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.commits()).isNull();
    assertThat(changes.releases()).isNull();
    assertThat(changes.deployments()).isNull();
    assertThat(changes.failures()).singleElement().asString().contains("rejected the token");
    assertThat(github.requests()).hasSize(1);
    assertSafe(changes);
  }

  @Test
  void eachStatusHasItsOwnShortReason() {
    assertThat(failureFor(403)).contains("may not read this repository").contains("HTTP 403");
    assertThat(failureFor(404)).contains("not found or not visible");
    assertThat(failureFor(429)).contains("rate limiting");
    assertThat(failureFor(301)).contains("moved").contains("--github-repos");
    assertThat(failureFor(200)).contains("unexpected answer");
  }

  private String failureFor(int status) {
    github.fail("acme/checkout", status);
    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);
    assertSafe(changes);
    return String.join("; ", changes.failures());
  }

  @Test
  void aServerErrorIsReportedPerListAndTheOthersAreStillRead() {
    github.fail("acme/checkout", 502);

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.failures())
        .containsExactly(
            "commits: GitHub answered (HTTP 502); retry in a minute",
            "releases: GitHub answered (HTTP 502); retry in a minute",
            "deployments: GitHub answered (HTTP 502); retry in a minute");
    assertThat(github.requests()).hasSize(3 * Attempts.MAX_ATTEMPTS);
    assertSafe(changes);
  }

  @Test
  void aPassingServerErrorIsRetriedWithBackoff() {
    github.commit("acme/checkout", "a".repeat(40), "Add retry", "Ada", FROM.plusSeconds(5));
    github.failNext("acme/checkout", 503, 2, null);

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.failures()).isEmpty();
    assertThat(changes.commits().items()).hasSize(1);
    assertThat(github.requests("acme/checkout", "commits")).hasSize(3);
  }

  @Test
  void aRateLimitIsWaitedOutWhenGitHubSaysHowLongAndItFits() {
    github.emptyRepo("acme/checkout").failNext("acme/checkout", 429, 1, 1);
    long start = System.nanoTime();

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(changes.failures()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    github.clear();
    github.failNext("acme/checkout", 429, 1, 30);
    start = System.nanoTime();
    RepoChanges tooLong = client().changes(CHECKOUT, FROM, UNTIL, Duration.ofSeconds(2));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(tooLong.failures())
        .containsExactly("GitHub is rate limiting the token (HTTP 429); retry in ~30 s");
    assertThat(github.requests()).hasSize(1);
  }

  @Test
  void aStalledGitHubIsCutAtTheRequestTimeout() {
    github.commit("acme/checkout", "f".repeat(40), "slow", "Ada", FROM.plusSeconds(5));
    github.stall("acme/checkout", 3000);
    long start = System.nanoTime();

    RepoChanges changes = client(Duration.ofMillis(500)).changes(CHECKOUT, FROM, UNTIL, BUDGET);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    assertThat(changes.failures()).containsExactly("GitHub did not answer within 0.5 s");
    assertSafe(changes);
  }

  @Test
  void theCallersBudgetBoundsTheRequest() {
    github.commit("acme/checkout", "f".repeat(40), "slow", "Ada", FROM.plusSeconds(5));
    github.stall("acme/checkout", 3000);

    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, Duration.ofMillis(400));

    assertThat(changes.failures()).singleElement().asString().contains("did not answer within");
    assertThat(client().changes(CHECKOUT, FROM, UNTIL, Duration.ZERO).failures())
        .containsExactly("no time left within the call's deadline");
  }

  @Test
  void anUnreachableGitHubIsOneShortReason() {
    github.close();
    RepoChanges changes = client().changes(CHECKOUT, FROM, UNTIL, BUDGET);
    assertThat(changes.failures()).containsExactly("GitHub could not be reached");
    github = FakeGitHub.start();
  }

  private void assertSafe(RepoChanges changes) {
    for (String failure : changes.failures()) {
      assertThat(failure)
          .doesNotContain(TOKEN)
          .doesNotContain("127.0.0.1")
          .doesNotContain("http:")
          .doesNotContain("Exception")
          .hasSizeLessThan(120);
    }
  }

  @Test
  void commitTimesAreUtcInstants() {
    Instant at = UNTIL.minus(3, ChronoUnit.HOURS);
    github.commit("acme/checkout", "9".repeat(40), "t", "Ada", at);
    assertThat(client().changes(CHECKOUT, FROM, UNTIL, BUDGET).commits().items().get(0).at())
        .isEqualTo(at);
  }
}
