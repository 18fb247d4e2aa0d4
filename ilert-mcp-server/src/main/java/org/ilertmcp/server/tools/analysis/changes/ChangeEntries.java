package org.ilertmcp.server.tools.analysis.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.github.GitHubClient;
import org.ilertmcp.server.github.GitHubClient.RepoChanges;
import org.ilertmcp.server.tool.input.Times;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The entries of {@link RecentChanges}' GitHub lists: compact, newest first, each with its source.
 */
final class ChangeEntries {
  private ChangeEntries() {}

  /** Entries of one kind from several repositories, listed newest first. */
  static final class Timeline {
    private final List<Map.Entry<Instant, ObjectNode>> entries = new ArrayList<>();

    void add(Instant at, ObjectNode node) {
      entries.add(Map.entry(at == null ? Instant.EPOCH : at, node));
    }

    void fill(ArrayNode target) {
      entries.sort(Map.Entry.<Instant, ObjectNode>comparingByKey().reversed());
      entries.forEach(e -> target.add(e.getValue()));
    }
  }

  /** GitHub's changes as section entries; each names the endpoint it came from. */
  static final class Items {
    final Timeline commits = new Timeline();
    final Timeline releases = new Timeline();
    final Timeline deployments = new Timeline();

    void add(RepoChanges changes, ObjectNode repoNode) {
      String path = "github:/repos/" + changes.repo() + "/";
      List<String> more = new ArrayList<>();
      if (changes.commits() != null) {
        repoNode.put("commits", changes.commits().items().size());
        changes.commits().items().forEach(c -> commits.add(c.at(), commit(c, path)));
        more(more, "commits", changes.commits());
      }
      if (changes.releases() != null) {
        repoNode.put("releases", changes.releases().items().size());
        changes.releases().items().forEach(r -> releases.add(r.at(), release(r, path)));
        more(more, "releases", changes.releases());
      }
      if (changes.deployments() != null) {
        repoNode.put("deployments", changes.deployments().items().size());
        changes.deployments().items().forEach(d -> deployments.add(d.at(), deployment(d, path)));
        more(more, "deployments", changes.deployments());
      }
      if (!more.isEmpty()) {
        ArrayNode array = repoNode.putArray("more_on_github");
        more.forEach(array::add);
      }
    }

    private static void more(List<String> more, String kind, GitHubClient.Listing<?> listing) {
      if (listing.more()) {
        more.add(kind);
      }
    }

    private static ObjectNode commit(GitHubClient.Commit c, String path) {
      ObjectNode out = Json.object();
      Json.putIfPresent(out, "sha", c.sha() == null ? null : abbreviate(c.sha()));
      Json.putIfPresent(out, "title", c.title());
      Json.putIfPresent(out, "author", c.author());
      Json.putIfPresent(out, "at", Times.iso(c.at()));
      return out.put("source", path + "commits");
    }

    private static ObjectNode release(GitHubClient.Release r, String path) {
      ObjectNode out = Json.object().put("id", r.id());
      Json.putIfPresent(out, "tag", r.tag());
      Json.putIfPresent(out, "name", r.name());
      Json.putIfPresent(out, "at", Times.iso(r.at()));
      if (r.draft()) {
        out.put("draft", true);
      }
      if (r.prerelease()) {
        out.put("prerelease", true);
      }
      Json.putIfPresent(out, "author", r.author());
      return out.put("source", path + "releases");
    }

    private static ObjectNode deployment(GitHubClient.Deployment d, String path) {
      ObjectNode out = Json.object().put("id", d.id());
      Json.putIfPresent(out, "environment", d.environment());
      Json.putIfPresent(out, "ref", d.ref());
      Json.putIfPresent(out, "sha", d.sha() == null ? null : abbreviate(d.sha()));
      Json.putIfPresent(out, "at", Times.iso(d.at()));
      Json.putIfPresent(out, "creator", d.creator());
      Json.putIfPresent(out, "description", d.description());
      return out.put("source", path + "deployments");
    }

    private static String abbreviate(String sha) {
      return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }
  }
}
