package org.ilertmcp.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * What each piece of the product's stdio start costs on its own: the pieces run one after another
 * on one thread of a fresh JVM started as {@code bin/ilert-mcp stdio} starts it (the distribution's
 * archive, the quick compiler, the serial collector), each timed as CPU time of that thread, wall
 * time, and the time the JIT compilers spent meanwhile (on their own threads). In a real start the
 * pieces overlap on two threads; the sum of their CPU is what a start cannot do in less than, on
 * two cores, half of. Classes one piece loads are not loaded again by the next, so a piece's figure
 * depends on what ran before it; the order is the order of a real start.
 *
 * <p>Arguments: {@code [--dist DIR]} (default {@code ilert-mcp-server/target/ilert-mcp}), {@code
 * [--runs N]} (fresh JVMs; medians are printed, default 7), {@code [--no-archive]}.
 */
public final class StartupPieces {
  private static final String CHILD = "--child";

  private StartupPieces() {}

  public static void main(String[] args) throws Exception {
    List<String> argList = List.of(args);
    if (argList.contains(CHILD)) {
      measure();
      return;
    }
    Path dist =
        Path.of(
            ProductBenchmark.option(argList, "--dist").orElse("ilert-mcp-server/target/ilert-mcp"));
    int runs = Integer.parseInt(ProductBenchmark.option(argList, "--runs").orElse("7"));
    boolean archive = !argList.contains("--no-archive");
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    for (int i = 0; i < runs; i++) {
      for (String line : child(dist, archive)) {
        String[] f = line.split("\t");
        samples
            .computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(
                new double[] {
                  Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
                });
      }
    }
    System.out.printf(
        Locale.ROOT,
        "stdio start pieces, %s the archive, median of %d fresh JVMs (ms)%n%n",
        archive ? "with" : "without",
        runs);
    System.out.println("| piece | CPU of its thread | wall | JIT compilers meanwhile |");
    System.out.println("|---|---:|---:|---:|");
    samples.forEach(
        (piece, values) ->
            System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.0f |%n",
                piece,
                median(values, 0),
                median(values, 1),
                median(values, 2)));
  }

  /** The pieces, in the order of a real start; one line per piece on stdout. */
  private static void measure() throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    Map<String, Piece> pieces = new LinkedHashMap<>();
    pieces.put(
        "logging (logback, configured in code)",
        () -> call("org.slf4j.LoggerFactory", "getILoggerFactory"));
    pieces.put("command line (picocli: model and parse of `stdio`)", StartupPieces::commandLine);
    pieces.put("JSON mapper (Jackson)", () -> call("org.ilertmcp.mcp.json.Json", "object"));
    pieces.put(
        "tool catalogue (every tool, its inputs and output shapes)",
        () -> call("org.ilertmcp.server.catalog.ToolCatalog", "all"));
    pieces.put("TLS context (trust store)", SSLContext::getDefault);
    pieces.put("HTTP client", HttpClient::newHttpClient);
    for (Map.Entry<String, Piece> piece : pieces.entrySet()) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      long compiled = jit.getTotalCompilationTime();
      piece.getValue().run();
      System.out.printf(
          Locale.ROOT,
          "%s\t%.2f\t%.2f\t%d%n",
          piece.getKey(),
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
          (System.nanoTime() - wall) / 1e6,
          jit.getTotalCompilationTime() - compiled);
    }
  }

  private static Object commandLine() throws Exception {
    Method build =
        Class.forName("org.ilertmcp.server.cli.Main")
            .getDeclaredMethod("commandLine", String.class);
    build.setAccessible(true);
    Object commandLine = build.invoke(null, "stdio");
    return commandLine
        .getClass()
        .getMethod("parseArgs", String[].class)
        .invoke(commandLine, (Object) new String[] {"stdio"});
  }

  private static Object call(String type, String method) throws Exception {
    return Class.forName(type).getMethod(method).invoke(null);
  }

  private static List<String> child(Path dist, boolean archive)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (archive) {
      command.add("-XX:SharedArchiveFile=" + dist.resolve("lib/ilert-mcp.jsa"));
      command.add("-Xshare:on");
    }
    command.addAll(
        List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr"));
    command.add("-cp");
    command.add(
        dist.resolve("lib/ilert-mcp-server.jar")
            + java.io.File.pathSeparator
            + Path.of(
                StartupPieces.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
    command.add(StartupPieces.class.getName());
    command.add(CHILD);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("the measuring JVM failed: " + command);
    }
    return out.lines().filter(l -> l.contains("\t")).toList();
  }

  private static double median(List<double[]> values, int column) {
    return StdioStartup.median(values.stream().mapToDouble(v -> v[column]).toArray());
  }

  /** One piece of start-up work. */
  @FunctionalInterface
  private interface Piece {
    Object run() throws Exception;
  }
}
