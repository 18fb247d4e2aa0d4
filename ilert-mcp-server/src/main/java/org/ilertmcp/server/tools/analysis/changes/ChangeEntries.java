package org.ilertmcp.server.tools.analysis.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.github.GitHubClient.RepoChanges;
import org.ilertmcp.server.tool.output.Shape;

/**
 * The entries of {@link RecentChanges}' GitHub lists: compact, newest first, each with its source.
 */
final class ChangeEntries {
  private ChangeEntries() {}

  /** A commit and the endpoint it came from. */
  record CommitAt(GitHubClient.Commit commit, String path) {}

  /** A release and the endpoint it came from. */
  record ReleaseAt(GitHubClient.Release release, String path) {}

  /** A deployment and the endpoint it came from. */
  record DeploymentAt(GitHubClient.Deployment deployment, String path) {}

  static final Shape<CommitAt> COMMIT =
      Shape.<CommitAt>object()
          .string("sha", c -> abbreviate(c.commit().sha()))
          .string("title", c -> c.commit().title())
          .string("author", c -> c.commit().author())
          .time("at", c -> c.commit().at())
          .string("source", c -> c.path() + "commits")
          .build();

  static final Shape<ReleaseAt> RELEASE =
      Shape.<ReleaseAt>object()
          .integer("id", r -> r.release().id())
          .string("tag", r -> r.release().tag())
          .string("name", r -> r.release().name())
          .time("at", r -> r.release().at())
          .bool("draft", r -> r.release().draft() ? true : null)
          .bool("prerelease", r -> r.release().prerelease() ? true : null)
          .string("author", r -> r.release().author())
          .string("source", r -> r.path() + "releases")
          .build();

  static final Shape<DeploymentAt> DEPLOYMENT =
      Shape.<DeploymentAt>object()
          .integer("id", d -> d.deployment().id())
          .string("environment", d -> d.deployment().environment())
          .string("ref", d -> d.deployment().ref())
          .string("sha", d -> abbreviate(d.deployment().sha()))
          .time("at", d -> d.deployment().at())
          .string("creator", d -> d.deployment().creator())
          .string("description", d -> d.deployment().description())
          .string("source", d -> d.path() + "deployments")
          .build();

  /** Entries of one kind from several repositories, listed newest first. */
  static final class Timeline<E> {
    private final List<Map.Entry<Instant, E>> entries = new ArrayList<>();

    void add(Instant at, E entry) {
      entries.add(Map.entry(at == null ? Instant.EPOCH : at, entry));
    }

    List<E> newestFirst() {
      entries.sort(Map.Entry.<Instant, E>comparingByKey().reversed());
      return entries.stream().map(Map.Entry::getValue).toList();
    }
  }

  /** GitHub's changes as section entries; each names the endpoint it came from. */
  static final class Items {
    final Timeline<CommitAt> commits = new Timeline<>();
    final Timeline<ReleaseAt> releases = new Timeline<>();
    final Timeline<DeploymentAt> deployments = new Timeline<>();

    void add(RepoChanges changes) {
      String path = "github:/repos/" + changes.repo() + "/";
      if (changes.commits() != null) {
        changes.commits().items().forEach(c -> commits.add(c.at(), new CommitAt(c, path)));
      }
      if (changes.releases() != null) {
        changes.releases().items().forEach(r -> releases.add(r.at(), new ReleaseAt(r, path)));
      }
      if (changes.deployments() != null) {
        changes
            .deployments()
            .items()
            .forEach(d -> deployments.add(d.at(), new DeploymentAt(d, path)));
      }
    }
  }

  private static String abbreviate(String sha) {
    return sha == null || sha.length() <= 12 ? sha : sha.substring(0, 12);
  }
}
