package org.ilertmcp.server.dist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution's launcher ({@code bin/ilert-mcp}, as the container runs it) started as a child
 * process, with its stdout and stderr collected line by line.
 */
public final class ServerProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  private final Process process;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final List<String> stderr = new CopyOnWriteArrayList<>();
  private final CompletableFuture<URI> url = new CompletableFuture<>();
  private final List<Thread> readers = new CopyOnWriteArrayList<>();

  private ServerProcess(Process process) {
    this.process = process;
    collect(process.getInputStream(), stdout, true);
    collect(process.getErrorStream(), stderr, false);
  }

  /** The unpacked distribution the build made ({@code target/ilert-mcp}). */
  public static Path distribution() {
    Path dist = Path.of(System.getProperty("dist.dir", "target/ilert-mcp"));
    if (!Files.isExecutable(dist.resolve("bin/ilert-mcp"))) {
      throw new IllegalStateException(
          "no distribution at " + dist + ": run through Maven (package builds it)");
    }
    return dist;
  }

  /** Starts {@code bin/ilert-mcp args...} from the build's distribution. */
  public static ServerProcess start(Map<String, String> env, String... args) throws IOException {
    return start(distribution(), env, args);
  }

  /** Starts {@code bin/ilert-mcp args...} of the distribution at {@code dist}. */
  public static ServerProcess start(Path dist, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(dist.resolve("bin/ilert-mcp").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    return watch(builder);
  }

  /** Starts {@code builder}'s command and collects its output as for a server. */
  static ServerProcess watch(ProcessBuilder builder) throws IOException {
    return new ServerProcess(builder.start());
  }

  /** The MCP endpoint URL from the server's banner; waits for it. */
  public URI url() {
    try {
      return url.get(90, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(
          "server did not report its URL; stdout: " + stdout + "\nstderr: " + stderr, e);
    }
  }

  public int port() {
    return url().getPort();
  }

  public long pid() {
    return process.pid();
  }

  public Process process() {
    return process;
  }

  public List<String> stdout() {
    return stdout;
  }

  public List<String> stderr() {
    return stderr;
  }

  /**
   * Sends SIGTERM and waits for the exit and for the last line of its output to be collected (on a
   * busy machine the readers may still be behind when the process is gone); returns the exit code.
   * The signal goes through the process handle: {@link Process#destroy()} also closes the pipes it
   * reads, which loses whatever the readers had not reached yet and all the process writes while it
   * stops.
   */
  public int stop() throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("server " + pid() + " ignored SIGTERM for 30 s");
    }
    for (Thread reader : readers) {
      reader.join(TimeUnit.SECONDS.toMillis(10));
    }
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void collect(InputStream stream, List<String> lines, boolean watchForUrl) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                  lines.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (watchForUrl && m.find()) {
                    url.complete(URI.create(m.group(1)));
                  }
                }
              } catch (IOException e) {
                lines.add("[output unreadable after this line: " + e.getMessage() + "]");
              }
              url.completeExceptionally(new IllegalStateException("process output ended"));
            },
            "server-output-" + process.pid());
    reader.setDaemon(true);
    readers.add(reader);
    reader.start();
  }
}
