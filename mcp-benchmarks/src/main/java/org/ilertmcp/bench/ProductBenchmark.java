package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The real product against the ilert request it makes: {@code get_alert} and {@code list_alerts}
 * through the product's {@code http} mode (session and stateless) and the same ilert request sent
 * straight to the emulator, side by side in one run; the product's stdio start beside the TS SDK
 * reference server and the Java SDK, with and without a class-data-sharing archive; and the
 * product's memory after idle sessions. The product and the emulator each run as their own process
 * from the packaged distribution ({@code bin/ilert-mcp}), exactly as shipped, with the client's
 * request limiter off. Progress on stderr, the Markdown report on stdout. Not a test.
 *
 * <p>Arguments: {@code [--quick]} (wiring check), {@code [--dist DIR]} (the distribution; default
 * {@code ilert-mcp-server/target/ilert-mcp} in this or a parent directory), {@code [--e2e DIR]},
 * {@code [--phases startup,memory,load]}, {@code [--routes direct,session,stateless]}. Extra JVM
 * flags of the HTTP product and the emulator go in {@code -Dbench.serverJvmFlags}; a JFR recording
 * of the product alone in {@code -Dbench.productJvmFlags}.
 */
public final class ProductBenchmark {
  /** A demo key of the emulator's organisation that may read alerts. */
  static final String KEY = "demo-responder-key";

  private final Settings settings;
  private final Launcher launcher;
  private final Path dist;
  private final Distribution distribution;
  private final Path logDir;
  private final List<String> productJvmFlags;
  private final ProductReport report;

  private ProductBenchmark(
      Settings settings, Launcher launcher, Path dist, Path logDir, ProductReport report) {
    this.settings = settings;
    this.launcher = launcher;
    this.dist = dist;
    this.distribution = new Distribution(dist, logDir, launcher.jvmFlags());
    this.logDir = logDir;
    this.productJvmFlags = new ArrayList<>(launcher.jvmFlags());
    this.productJvmFlags.addAll(
        Arrays.asList(System.getProperty("bench.productJvmFlags", "").trim().split("\\s+")));
    this.productJvmFlags.removeIf(String::isEmpty);
    this.report = report;
  }

  public static void main(String[] args) throws Exception {
    List<String> argList = Arrays.asList(args);
    Settings settings = argList.contains("--quick") ? Settings.quick() : Settings.product();
    Path e2e = option(argList, "--e2e").map(Path::of).orElseGet(ProtocolBenchmark::findE2e);
    Path dist = option(argList, "--dist").map(Path::of).orElseGet(Distribution::find);
    Path logDir = Files.createTempDirectory("mcp-product-bench-");
    ProtocolBenchmark.log("server logs in " + logDir);
    List<String> phases =
        Arrays.asList(option(argList, "--phases").orElse("startup,memory,load").split(","));
    List<ProductRoute> routes =
        Arrays.stream(option(argList, "--routes").orElse("direct,session,stateless").split(","))
            .map(r -> ProductRoute.valueOf(r.toUpperCase(Locale.ROOT)))
            .toList();
    ProductReport report = new ProductReport(settings);
    ProductBenchmark bench =
        new ProductBenchmark(settings, new Launcher(e2e, logDir), dist, logDir, report);
    Instant started = Instant.now();
    String loadBefore = ProtocolBenchmark.loadAverage();
    if (phases.contains("startup")) {
      bench.startupPhase();
    }
    if (phases.contains("memory")) {
      bench.memoryPhase();
    }
    if (phases.contains("load")) {
      bench.loadPhase(routes);
    }
    ProtocolBenchmark.log("done in " + started.until(Instant.now(), ChronoUnit.SECONDS) + " s");
    String environment =
        String.format(
            Locale.ROOT,
            "Run %s on %d cores (%s), load generator, product, emulator and references on the"
                + " same machine, loopback only. Java %s; HTTP product and emulator: `%s`, product"
                + " stdio: the launcher's defaults. Node %s. Per product: %d s warm-up per tool at"
                + " %d clients, then per client count %d s warm-up and %d s measured. Load average"
                + " (1/5/15 min) before the run %s, after %s.",
            started.truncatedTo(ChronoUnit.SECONDS),
            Runtime.getRuntime().availableProcessors(),
            ProtocolBenchmark.cpuModel(),
            System.getProperty("java.version"),
            String.join(" ", bench.productJvmFlags),
            ProtocolBenchmark.nodeVersion(bench.launcher),
            settings.serverWarmup().toSeconds(),
            settings.warmupClients(),
            settings.cellWarmup().toSeconds(),
            settings.cellMeasure().toSeconds(),
            loadBefore,
            ProtocolBenchmark.loadAverage());
    System.out.print(report.render(environment));
    System.out.flush();
  }

  /** A row of the start table: its label, whether it is the product, and what it starts. */
  private record StartRow(String label, boolean product, StdioStartup.Subject subject) {}

  private void startupPhase() throws IOException, InterruptedException {
    Map<String, String> stdioEnv =
        Map.of("ILERT_API_KEY", "bench-key", "ILERT_API_URL", "http://127.0.0.1:9/api");
    List<String> stdio = List.of(dist.resolve("bin/ilert-mcp").toString(), "stdio");
    List<StartRow> rows = new ArrayList<>();
    rows.add(
        new StartRow(
            "JVM floor (a main that answers one line, no JSON or MCP code)",
            false,
            new StdioStartup.Subject("jvm-floor", launcher.jvmFloorCommand(), Map.of())));
    rows.add(
        new StartRow(
            ProductReport.PRODUCT_PLAIN,
            true,
            new StdioStartup.Subject(
                "product-stdio", stdio, with(stdioEnv, "ILERT_MCP_CDS", "off"))));
    if (Files.isRegularFile(dist.resolve("lib/ilert-mcp.jsa"))) {
      rows.add(
          new StartRow(
              ProductReport.PRODUCT_CDS,
              true,
              new StdioStartup.Subject("product-stdio-cds", stdio, stdioEnv)));
    } else {
      ProtocolBenchmark.log("no lib/ilert-mcp.jsa in " + dist + ": package without -Dcds.skip");
    }
    rows.add(
        new StartRow(
            ProductReport.TS,
            false,
            new StdioStartup.Subject(
                "ts-stdio", launcher.command(Impl.TS_SDK, Mode.STDIO, 0), Map.of())));
    rows.add(
        new StartRow(
            "Java SDK 2.1.0 echo server",
            false,
            new StdioStartup.Subject(
                "sdk-stdio", launcher.command(Impl.JAVA_SDK, Mode.STDIO, 0), Map.of())));
    Path archive = logDir.resolve("sdk.jsa");
    if (launcher.appCdsPossible()) {
      ProtocolBenchmark.log("stdio start: training the Java SDK echo server's archive");
      StdioStartup.measureToList(
          launcher.command(
              Impl.JAVA_SDK, Mode.STDIO, 0, List.of("-XX:ArchiveClassesAtExit=" + archive)),
          Map.of(),
          "sdk-cds-training",
          0,
          logDir);
      if (Files.isRegularFile(archive)) {
        rows.add(
            new StartRow(
                "Java SDK 2.1.0 echo server, archive from one training run",
                false,
                new StdioStartup.Subject(
                    "sdk-stdio-cds",
                    launcher.command(
                        Impl.JAVA_SDK, Mode.STDIO, 0, List.of("-XX:SharedArchiveFile=" + archive)),
                    Map.of())));
      }
    }
    ProtocolBenchmark.log(
        "stdio start: " + rows.size() + " servers in turn, " + settings.startupRuns() + " rounds");
    List<StdioStartup.ListResult> results =
        StdioStartup.measureRoundRobin(
            rows.stream().map(StartRow::subject).toList(), settings.startupRuns(), logDir);
    for (int i = 0; i < rows.size(); i++) {
      report.start(rows.get(i).label(), results.get(i), rows.get(i).product());
    }
    Files.deleteIfExists(archive);
  }

  private void memoryPhase() throws IOException, InterruptedException {
    ProtocolBenchmark.log("idle sessions: product");
    try (ServerProcess emulator = startEmulator();
        ServerProcess product = startProduct(emulator, ProductRoute.SESSION)) {
      report.memory(
          IdleSessions.measure(
              product,
              settings.idleSessions(),
              settings.settleMillis(),
              HttpConnection.PROTOCOL_HEADER + "Authorization: Bearer " + KEY + "\r\n"));
    }
  }

  private void loadPhase(List<ProductRoute> routes) throws IOException, InterruptedException {
    try (ServerProcess emulator = startEmulator()) {
      long alertId = firstOpenAlert(emulator);
      ProtocolBenchmark.log("alert " + alertId + " for get_alert");
      for (ProductRoute route : routes) {
        try (ServerProcess product =
            route == ProductRoute.DIRECT ? null : startProduct(emulator, route)) {
          for (ProductCall call : ProductCall.values()) {
            ProtocolBenchmark.log("warm-up: " + route.label() + " " + call.tool());
            ProductCell.run(
                product,
                emulator,
                route,
                call,
                alertId,
                KEY,
                settings.warmupClients(),
                settings.serverWarmup(),
                Duration.ZERO);
            for (int clients : settings.clientCounts()) {
              ProductCell.Result r =
                  ProductCell.run(
                      product,
                      emulator,
                      route,
                      call,
                      alertId,
                      KEY,
                      clients,
                      settings.cellWarmup(),
                      settings.cellMeasure());
              ProtocolBenchmark.log(
                  String.format(
                      Locale.ROOT,
                      "%s %s c=%d: %.0f calls/s p50 %.2f ms p99 %.2f ms errors %d (cores:"
                          + " generator %.2f product %.2f emulator %.2f other %.2f)%s",
                      route.label(),
                      call.tool(),
                      clients,
                      r.callsPerSecond(),
                      r.p50Millis(),
                      r.p99Millis(),
                      r.errors(),
                      r.generatorCores(),
                      r.productCores(),
                      r.emulatorCores(),
                      r.otherCores(),
                      r.firstError() == null ? "" : " first error: " + r.firstError()));
              report.load(route, call, r);
            }
          }
        }
      }
    }
  }

  private ServerProcess startEmulator() throws IOException, InterruptedException {
    return distribution.emulator();
  }

  /**
   * The product's HTTP mode against {@code emulator}, limiter off, otherwise as shipped — except
   * that the one benchmark key may hold as many sessions as the memory phase opens (the shipped
   * limit per key is 100).
   */
  private ServerProcess startProduct(ServerProcess emulator, ProductRoute route)
      throws IOException, InterruptedException {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--requests-per-minute",
                "0",
                "--max-sessions-per-key",
                String.valueOf(settings.idleSessions() + 100)));
    if (route == ProductRoute.STATELESS) {
      options.add("--stateless");
    }
    return distribution.product("product-" + route.arg(), emulator, options, productJvmFlags);
  }

  static long firstOpenAlert(ServerProcess emulator) throws IOException {
    try (HttpConnection connection =
        new HttpConnection(
            emulator.port(),
            "/api/alerts?start-index=0&max-results=1&states=PENDING",
            "Authorization: Bearer " + KEY + "\r\n")) {
      HttpConnection.Response response = connection.get();
      JsonNode alerts = Json.parse(response.text());
      if (response.status() != 200 || alerts.isEmpty()) {
        throw new IllegalStateException("no pending alert in the emulator: " + response.text());
      }
      return alerts.get(0).path("id").asLong();
    }
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    Map<String, String> copy = new java.util.HashMap<>(env);
    copy.put(name, value);
    return copy;
  }

  static Optional<String> option(List<String> args, String name) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
  }
}
