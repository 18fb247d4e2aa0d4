package org.ilertmcp.server.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for exactly the three GitHub REST lists the server reads — {@code GET
 * /repos/{owner}/{repo}/commits|releases|deployments} — with GitHub's documented behaviour: commits
 * filtered by committer date with {@code since}/{@code until}, releases and deployments newest
 * first without a time filter, {@code per_page} honoured, 404 for an unknown repository. It records
 * every request and can be told to fail or stall per repository.
 */
public final class FakeGitHub implements AutoCloseable {
  /** One request as received. */
  public record Request(String path, Map<String, String> query, Map<String, String> headers) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private record Item(Instant at, ObjectNode json) {}

  private static final class Repo {
    final List<Item> commits = new CopyOnWriteArrayList<>();
    final List<Item> releases = new CopyOnWriteArrayList<>();
    final List<Item> deployments = new CopyOnWriteArrayList<>();
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final String basePath;
  private final Map<String, Repo> repos = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Map<String, Long> stalls = new ConcurrentHashMap<>();
  private final Map<String, int[]> transientFailures = new ConcurrentHashMap<>();
  private final Map<String, Integer> retryAfter = new ConcurrentHashMap<>();
  private long nextId = 1000;

  private FakeGitHub(String basePath) throws IOException {
    this.basePath = basePath;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(basePath.isEmpty() ? "/" : basePath, this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves at the root, like api.github.com. */
  public static FakeGitHub start() {
    return start("");
  }

  /** Serves below {@code basePath}, e.g. {@code /api/v3} like GitHub Enterprise Server. */
  public static FakeGitHub start(String basePath) {
    try {
      return new FakeGitHub(basePath);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The API base URL to configure. */
  public URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
  }

  public FakeGitHub commit(String repo, String sha, String message, String author, Instant at) {
    ObjectNode c = Json.object().put("sha", sha).put("html_url", "https://github.com/x");
    ObjectNode detail = c.putObject("commit").put("message", message);
    detail.putObject("author").put("name", author).put("date", at.toString());
    detail.putObject("committer").put("name", author).put("date", at.toString());
    c.putObject("author").put("login", author.toLowerCase(java.util.Locale.ROOT));
    repo(repo).commits.add(new Item(at, c));
    return this;
  }

  public FakeGitHub release(String repo, String tag, Instant publishedAt) {
    ObjectNode r =
        Json.object()
            .put("id", nextId++)
            .put("tag_name", tag)
            .put("name", "Release " + tag)
            .put("draft", false)
            .put("prerelease", false)
            .put("created_at", publishedAt.minusSeconds(600).toString())
            .put("published_at", publishedAt.toString());
    r.putObject("author").put("login", "release-bot");
    repo(repo).releases.add(new Item(publishedAt, r));
    return this;
  }

  public FakeGitHub deployment(String repo, String environment, String sha, Instant createdAt) {
    ObjectNode d =
        Json.object()
            .put("id", nextId++)
            .put("sha", sha)
            .put("ref", "main")
            .put("task", "deploy")
            .put("environment", environment)
            .put("description", "Deploy " + sha)
            .put("created_at", createdAt.toString())
            .put("updated_at", createdAt.toString());
    d.putObject("creator").put("login", "deploy-bot");
    repo(repo).deployments.add(new Item(createdAt, d));
    return this;
  }

  /** An existing repository without changes. */
  public FakeGitHub emptyRepo(String repo) {
    repo(repo);
    return this;
  }

  /** Every request for {@code repo} answers {@code status} with GitHub's error body. */
  public FakeGitHub fail(String repo, int status) {
    failures.put(repo, status);
    return this;
  }

  /**
   * The next {@code times} requests for {@code repo} answer {@code status}, with {@code
   * Retry-After: retryAfterSeconds} unless it is null; later requests are served normally.
   */
  public FakeGitHub failNext(String repo, int status, int times, Integer retryAfterSeconds) {
    transientFailures.put(repo, new int[] {status, times});
    if (retryAfterSeconds != null) {
      retryAfter.put(repo, retryAfterSeconds);
    }
    return this;
  }

  /** Every request for {@code repo} waits {@code millis} before answering. */
  public FakeGitHub stall(String repo, long millis) {
    stalls.put(repo, millis);
    return this;
  }

  /** Forgets the requests recorded so far. */
  public void clear() {
    requests.clear();
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Requests for one list of one repository, e.g. {@code ("acme/checkout", "commits")}. */
  public List<Request> requests(String repo, String list) {
    String path = basePath + "/repos/" + repo + "/" + list;
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private Repo repo(String name) {
    return repos.computeIfAbsent(name, k -> new Repo());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      Map<String, String> query = query(uri.getRawQuery());
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
      requests.add(new Request(uri.getPath(), query, headers));
      String[] parts = uri.getPath().substring(basePath.length()).split("/");
      // "", "repos", owner, repo, list
      if (parts.length != 5
          || !parts[1].equals("repos")
          || !"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 404, "{\"message\":\"Not Found\"}");
        return;
      }
      String name = parts[2] + "/" + parts[3];
      Long stall = stalls.get(name);
      if (stall != null) {
        try {
          Thread.sleep(stall);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      int[] next = transientFailures.get(name);
      if (next != null && next[1] > 0) {
        next[1]--;
        Integer seconds = retryAfter.get(name);
        if (seconds != null) {
          exchange.getResponseHeaders().add("Retry-After", seconds.toString());
        }
        send(exchange, next[0], "{\"message\":\"failure " + next[0] + "\"}");
        return;
      }
      Integer status = failures.get(name);
      if (status != null) {
        send(exchange, status, "{\"message\":\"failure " + status + "\"}");
        return;
      }
      Repo repo = repos.get(name);
      if (repo == null) {
        send(exchange, 404, "{\"message\":\"Not Found\"}");
        return;
      }
      int perPage = Integer.parseInt(query.getOrDefault("per_page", "30"));
      List<Item> items =
          switch (parts[4]) {
            case "commits" -> commits(repo, query);
            case "releases" -> new ArrayList<>(repo.releases);
            case "deployments" -> new ArrayList<>(repo.deployments);
            default -> null;
          };
      if (items == null) {
        send(exchange, 404, "{\"message\":\"Not Found\"}");
        return;
      }
      items.sort(Comparator.comparing(Item::at).reversed());
      ArrayNode body = Json.array();
      items.stream().limit(perPage).forEach(i -> body.add(i.json()));
      send(exchange, 200, Json.write(body));
    }
  }

  private static List<Item> commits(Repo repo, Map<String, String> query) {
    Instant since = query.containsKey("since") ? Instant.parse(query.get("since")) : Instant.MIN;
    Instant until = query.containsKey("until") ? Instant.parse(query.get("until")) : Instant.MAX;
    List<Item> out = new ArrayList<>();
    for (Item c : repo.commits) {
      if (!c.at().isBefore(since) && !c.at().isAfter(until)) {
        out.add(c);
      }
    }
    return out;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void send(HttpExchange exchange, int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(status, bytes.length);
      out.write(bytes);
    } catch (IOException e) {
      // the client gave up (a timeout test); nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
