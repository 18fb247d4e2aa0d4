package org.ilertmcp.server.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.server.testing.SystemTools;

/**
 * nginx on loopback in front of several server instances, with its own config, logs and temp
 * folders in a test directory. Round robin, or affinity by the instance name that starts each
 * session id ({@code --session-route}): requests carrying an id go to the instance named in it,
 * others round robin. Its access log records which instance served each request.
 */
final class NginxProxy implements AutoCloseable {
  private final Process process;
  private final Path dir;
  private final int port;
  private final Map<Integer, String> names;

  private NginxProxy(Process process, Path dir, int port, Map<Integer, String> names) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    this.names = names;
  }

  /**
   * Starts nginx in {@code dir} before {@code instances} (route name → port).
   *
   * @param sessionAffinity route by the session id's instance name instead of round robin alone
   */
  static NginxProxy start(Path dir, Map<String, Integer> instances, boolean sessionAffinity)
      throws IOException, InterruptedException {
    Path nginx = SystemTools.require("nginx");
    int port = freePort();
    Files.writeString(
        dir.resolve("nginx.conf"),
        config(dir, port, instances, sessionAffinity),
        StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                nginx.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("nginx.out").toFile())
            .start();
    Map<Integer, String> names = new LinkedHashMap<>();
    instances.forEach((name, p) -> names.put(p, name));
    NginxProxy proxy = new NginxProxy(process, dir, port, names);
    proxy.awaitListening();
    return proxy;
  }

  static String config(
      Path dir, int port, Map<String, Integer> instances, boolean sessionAffinity) {
    StringBuilder conf = new StringBuilder();
    // As root, the workers would switch to nobody and could not use the test's folders.
    if ("root".equals(System.getProperty("user.name"))) {
      conf.append("user root;\n");
    }
    conf.append("daemon off;\nworker_processes 1;\n")
        .append("error_log ")
        .append(dir.resolve("error.log"))
        .append(" warn;\n")
        .append("pid ")
        .append(dir.resolve("nginx.pid"))
        .append(";\n")
        .append("events { worker_connections 256; }\nhttp {\n")
        .append("  log_format served '$upstream_addr $status $request_method';\n")
        .append("  access_log ")
        .append(dir.resolve("access.log"))
        .append(" served;\n");
    for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
      conf.append("  ").append(temp).append("_temp_path ").append(dir.resolve(temp)).append(";\n");
    }
    conf.append("  upstream mcp_all {\n");
    instances
        .values()
        .forEach(
            p ->
                conf.append("    server 127.0.0.1:")
                    .append(p)
                    .append(" max_fails=1 fail_timeout=30s;\n"));
    conf.append("  }\n");
    String target = "mcp_all";
    if (sessionAffinity) {
      instances.forEach(
          (name, p) ->
              conf.append("  upstream mcp_")
                  .append(name)
                  .append(" { server 127.0.0.1:")
                  .append(p)
                  .append("; }\n"));
      conf.append("  map $http_mcp_session_id $mcp_upstream {\n");
      instances
          .keySet()
          .forEach(
              name ->
                  conf.append("    \"~^")
                      .append(name)
                      .append("\\.\" mcp_")
                      .append(name)
                      .append(";\n"));
      conf.append("    default mcp_all;\n  }\n");
      target = "$mcp_upstream";
    }
    conf.append("  server {\n    listen 127.0.0.1:")
        .append(port)
        .append(";\n    location / {\n      proxy_pass http://")
        .append(target)
        .append(";\n      proxy_http_version 1.1;\n")
        .append("      proxy_set_header Connection \"\";\n")
        .append("      proxy_set_header Host $http_host;\n")
        .append("      proxy_buffering off;\n      proxy_read_timeout 300s;\n");
    if (sessionAffinity) {
      // The instance holding the session is gone: say so as MCP does (404: start a new session).
      conf.append("      proxy_intercept_errors on;\n      error_page 502 504 = @session_gone;\n");
    }
    conf.append("    }\n");
    if (sessionAffinity) {
      conf.append("    location @session_gone {\n")
          .append("      default_type application/json;\n")
          .append("      return 404 '{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,")
          .append("\"message\":\"Session not found; initialize a new session\"}}';\n    }\n");
    }
    conf.append("  }\n}\n");
    return conf.toString();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Requests served per instance name so far, from the access log (the last upstream tried). */
  Map<String, Integer> servedPerInstance() throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    names.values().forEach(n -> counts.put(n, 0));
    Path log = dir.resolve("access.log");
    if (!Files.exists(log)) {
      return counts;
    }
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // "$upstream_addr $status $request_method"; the address list reads "a:1, b:2" on retries.
      String upstreams = line.substring(0, line.lastIndexOf(' ', line.lastIndexOf(' ') - 1));
      String last = upstreams.substring(upstreams.lastIndexOf(',') + 1).trim();
      int colon = last.lastIndexOf(':');
      if (colon > 0) {
        String name = names.get(Integer.parseInt(last.substring(colon + 1)));
        if (name != null) {
          counts.merge(name, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  private void awaitListening() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nginx exited: "
                + Files.readString(dir.resolve("nginx.out"))
                + readIfExists("error.log"));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nginx did not listen on " + port + readIfExists("error.log"));
  }

  private String readIfExists(String file) throws IOException {
    Path path = dir.resolve(file);
    return Files.exists(path) ? "\n" + Files.readString(path) : "";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
