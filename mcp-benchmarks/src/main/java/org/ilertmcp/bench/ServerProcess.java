package org.ilertmcp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP server under test, running as its own process on a loopback port. Its stdin stays an
 * open pipe: closing it is how the server is told to exit (see {@link ChildLifetime} and
 * loopback.cjs), and it also ends the server if the benchmark dies.
 */
final class ServerProcess implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final int port;
  private final boolean wrapped;

  private ServerProcess(String name, Process process, int port, boolean wrapped) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.wrapped = wrapped;
  }

  static ServerProcess start(Launcher launcher, Impl impl, Mode mode, Path logDir)
      throws IOException, InterruptedException {
    int port = freePort();
    String name = impl.name().toLowerCase(Locale.ROOT) + "-" + mode.arg();
    return start(
        name,
        launcher.command(impl, mode, port),
        launcher.environment(impl, mode, port),
        port,
        logDir);
  }

  /**
   * Starts {@code command}, which must listen on {@code port} (from {@link #freePort()}). A command
   * may wrap the server in {@code timeout} (a hard lifetime): then {@link #pid()} is the wrapper's
   * child, the process that serves.
   */
  static ServerProcess start(
      String name, List<String> command, Map<String, String> env, int port, Path logDir)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    // server-everything logs every request on stdout; nobody reads it, so it costs a write only.
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.redirectError(logDir.resolve(name + ".log").toFile());
    boolean wrapped = Path.of(command.get(0)).getFileName().toString().equals("timeout");
    ServerProcess server = new ServerProcess(name, builder.start(), port, wrapped);
    Processes.register(server.process);
    server.awaitListening();
    return server;
  }

  int port() {
    return port;
  }

  /** The serving process: the command's own, or its child when {@code timeout} wraps it. */
  long pid() {
    if (!wrapped) {
      return process.pid();
    }
    return process.children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue());
      }
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException(name + " did not listen on " + port + " in time");
  }

  /** Stops the server: close its stdin, then terminate, then kill. */
  @Override
  public void close() {
    Processes.stop(process);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
