package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Side-by-side benchmark of our MCP protocol layer against the official Java SDK and the TS SDK
 * reference server, all on loopback, each server its own process, and the load generator in this
 * JVM. Progress goes to stderr; the Markdown report to stdout. Not a test: nothing in the build
 * runs it.
 *
 * <p>Arguments: {@code [--quick]} (wiring check with tiny durations), {@code [--e2e DIR]} (where
 * Node and server-everything are installed; default: {@code e2e} in this or a parent directory),
 * and for profiling one server {@code [--only OURS|JAVA_SDK|TS_SDK]} and {@code [--phases
 * startup,memory,load]}. Extra server JVM flags (a JFR recording, say) go in {@code
 * -Dbench.serverJvmFlags}.
 */
public final class ProtocolBenchmark {
  private final Settings settings;
  private final Launcher launcher;
  private final Path logDir;
  private final List<Impl> impls;
  private final Results results = new Results();

  private ProtocolBenchmark(Settings settings, Launcher launcher, Path logDir, List<Impl> impls) {
    this.settings = settings;
    this.launcher = launcher;
    this.logDir = logDir;
    this.impls = impls;
  }

  public static void main(String[] args) throws Exception {
    List<String> argList = Arrays.asList(args);
    Settings settings = argList.contains("--quick") ? Settings.quick() : Settings.full();
    Path e2e = option(argList, "--e2e").map(Path::of).orElseGet(ProtocolBenchmark::findE2e);
    Path logDir = Files.createTempDirectory("mcp-protocol-bench-");
    Launcher launcher = new Launcher(e2e, logDir);
    log("server logs in " + logDir);
    List<Impl> impls =
        option(argList, "--only")
            .map(v -> List.of(Impl.valueOf(v.toUpperCase(Locale.ROOT))))
            .orElse(List.of(Impl.values()));
    List<String> phases =
        Arrays.asList(option(argList, "--phases").orElse("startup,memory,load").split(","));
    ProtocolBenchmark bench = new ProtocolBenchmark(settings, launcher, logDir, impls);
    Instant started = Instant.now();
    String loadBefore = loadAverage();
    if (phases.contains("startup")) {
      bench.startupPhase();
    }
    if (phases.contains("startup")) {
      bench.appCdsPhase();
    }
    if (phases.contains("memory")) {
      bench.memoryPhase();
    }
    if (phases.contains("load")) {
      bench.loadPhase();
    }
    log("done in " + started.until(Instant.now(), ChronoUnit.SECONDS) + " s");
    String environment =
        bench.environment(started)
            + " Load average (1/5/15 min) before the run "
            + loadBefore
            + ", after "
            + loadAverage()
            + ".";
    System.out.print(new Report(bench.results, settings).render(environment));
    System.out.flush();
  }

  /** Start times first, while nothing else of ours runs on the machine. */
  private void startupPhase() throws IOException, InterruptedException {
    log("stdio start: JVM floor (no MCP code)");
    results.jvmFloor(
        StdioStartup.measure(
            launcher.jvmFloorCommand(), "jvm-floor", settings.startupRuns(), logDir));
    for (Impl impl : impls) {
      log("stdio start: " + impl.label());
      results.startup(
          impl,
          StdioStartup.measure(
              launcher.command(impl, Mode.STDIO, 0),
              impl.name().toLowerCase(Locale.ROOT) + "-stdio",
              settings.startupRuns(),
              logDir));
    }
  }

  /**
   * The same start measurement with an AppCDS archive of the server's classes, made by one training
   * run: shows how much of the start is class loading that a deployment can cache.
   */
  private void appCdsPhase() throws IOException, InterruptedException {
    if (!launcher.appCdsPossible()) {
      log("AppCDS start skipped: run from the module jar, not target/classes");
      return;
    }
    for (Impl impl : impls) {
      if (impl == Impl.TS_SDK) {
        continue;
      }
      String name = impl.name().toLowerCase(Locale.ROOT);
      Path archive = logDir.resolve(name + ".jsa");
      log("stdio start with AppCDS: " + impl.label());
      StdioStartup.measure(
          launcher.command(impl, Mode.STDIO, 0, List.of("-XX:ArchiveClassesAtExit=" + archive)),
          name + "-cds-training",
          0,
          logDir);
      if (!Files.isRegularFile(archive)) {
        log("no archive written for " + impl.label() + "; see " + name + "-cds-training.log");
        continue;
      }
      results.startupAppCds(
          impl,
          StdioStartup.measure(
              launcher.command(impl, Mode.STDIO, 0, List.of("-XX:SharedArchiveFile=" + archive)),
              name + "-cds",
              settings.startupRuns(),
              logDir));
      // Archives are 10-15 MB each and only valid for this classpath.
      Files.deleteIfExists(archive);
    }
  }

  private void memoryPhase() throws IOException, InterruptedException {
    for (Impl impl : impls) {
      log("idle sessions: " + impl.label());
      try (ServerProcess server = ServerProcess.start(launcher, impl, Mode.SESSION, logDir)) {
        results.memory(
            impl, IdleSessions.measure(server, settings.idleSessions(), settings.settleMillis()));
      }
    }
  }

  private void loadPhase() throws IOException, InterruptedException {
    for (Mode mode : Report.HTTP_MODES) {
      for (Impl impl : impls) {
        if (!impl.supports(mode)) {
          continue;
        }
        try (ServerProcess server = ServerProcess.start(launcher, impl, mode, logDir)) {
          log("warm-up: " + impl.label() + " " + mode.arg());
          LoadCell.run(
              server,
              mode,
              settings.warmupClients(),
              settings.serverWarmup(),
              java.time.Duration.ZERO);
          for (int clients : settings.clientCounts()) {
            LoadCell.Result r =
                LoadCell.run(server, mode, clients, settings.cellWarmup(), settings.cellMeasure());
            log(
                String.format(
                    Locale.ROOT,
                    "%s %s c=%d: %.0f calls/s p50 %.2f ms p99 %.2f ms errors %d"
                        + " (cores: generator %.2f server %.2f other %.2f)%s",
                    impl.label(),
                    mode.arg(),
                    clients,
                    r.callsPerSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    r.errors(),
                    r.generatorCores(),
                    r.serverCores(),
                    r.otherCores(),
                    r.firstError() == null ? "" : " first error: " + r.firstError()));
            results.load(impl, mode, r);
          }
        }
      }
    }
  }

  private String environment(Instant started) {
    return String.format(
        Locale.ROOT,
        "Run %s on %d cores (%s), load generator and servers on the same machine, loopback only."
            + " Java %s (both Java servers: `%s`), Node %s. Per server: %d s warm-up at %d"
            + " clients, then per client count %d s warm-up and %d s measured.",
        started.truncatedTo(ChronoUnit.SECONDS),
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.version"),
        String.join(" ", launcher.jvmFlags()),
        nodeVersion(),
        settings.serverWarmup().toSeconds(),
        settings.warmupClients(),
        settings.cellWarmup().toSeconds(),
        settings.cellMeasure().toSeconds());
  }

  private String nodeVersion() {
    return nodeVersion(launcher);
  }

  static String nodeVersion(Launcher launcher) {
    try {
      Process p = new ProcessBuilder(launcher.node().toString(), "--version").start();
      String version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return version;
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  /** The machine is shared; its load average tells how quiet it was around the run. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static java.util.Optional<String> option(List<String> args, String name) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size()
        ? java.util.Optional.of(args.get(i + 1))
        : java.util.Optional.empty();
  }

  static Path findE2e() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("e2e");
      if (Files.isDirectory(candidate.resolve("node_modules"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No e2e/node_modules found; pass --e2e DIR");
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }
}
