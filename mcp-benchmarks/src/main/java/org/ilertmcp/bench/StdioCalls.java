package org.ilertmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Tool-call latency over stdio, as one desktop client sees it: {@code bin/ilert-mcp stdio --sandbox
 * --requests-per-minute 0} (the emulator in the same process, no pacing), {@code list_alerts} (the
 * first page of 20) and {@code get_alert} one after the other, each call sent when the previous
 * answer came. It runs the launcher's JVM flags for stdio (the quick compiler, the serial
 * collector) and, in turn, the JVM's defaults chosen through {@code JAVA_OPTS}, and prints the
 * median of each tool's first 20 calls (a fresh process) and of its last 100 calls.
 *
 * <p>Arguments: {@code [--dist DIR]} (default {@code ilert-mcp-server/target/ilert-mcp}), {@code
 * [--calls N]} (per tool and process, default 300), {@code [--rounds N]} (default 2).
 */
public final class StdioCalls {
  /** JAVA_OPTS that undo the launcher's stdio flags: the optimizing compiler, the G1 collector. */
  private static final String JVM_DEFAULTS = "-XX:TieredStopAtLevel=4 -XX:+UseG1GC";

  private StdioCalls() {}

  public static void main(String[] args) throws Exception {
    List<String> argList = List.of(args);
    Path dist =
        Path.of(
            ProductBenchmark.option(argList, "--dist").orElse("ilert-mcp-server/target/ilert-mcp"));
    int calls = Integer.parseInt(ProductBenchmark.option(argList, "--calls").orElse("300"));
    int rounds = Integer.parseInt(ProductBenchmark.option(argList, "--rounds").orElse("2"));
    System.out.println(
        "stdio tool calls, one after another: median ms of the first 20 / the last 100 calls");
    System.out.println();
    System.out.println(
        "| JVM | round | `list_alerts` first 20 | last 100 | `get_alert` first 20 | last 100 |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (int round = 1; round <= rounds; round++) {
      for (String opts : List.of("", JVM_DEFAULTS)) {
        double[][] latencies = run(dist, opts, calls);
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n",
            opts.isEmpty() ? "the launcher's stdio flags" : "JAVA_OPTS=" + opts,
            round,
            median(latencies[0], 0, 20),
            median(latencies[0], calls - 100, calls),
            median(latencies[1], 0, 20),
            median(latencies[1], calls - 100, calls));
      }
    }
  }

  /** Milliseconds of each call: {@code list_alerts} first, then {@code get_alert}. */
  private static double[][] run(Path dist, String javaOpts, int calls)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                dist.resolve("bin/ilert-mcp").toString(),
                "stdio",
                "--sandbox",
                "--requests-per-minute",
                "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("JAVA_OPTS", javaOpts);
    Process process = builder.start();
    Processes.register(process);
    try {
      OutputStream in = process.getOutputStream();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      send(in, McpMessages.INITIALIZE);
      out.readLine();
      send(in, McpMessages.INITIALIZED);
      JsonNode first = call(in, out, 2, ProductCall.LIST_ALERTS, 0);
      long alertId = first.path("alerts").get(0).path("id").asLong();
      ProductCall[] tools = {ProductCall.LIST_ALERTS, ProductCall.GET_ALERT};
      double[][] latencies = new double[tools.length][calls];
      int id = 10;
      for (int i = 0; i < calls; i++) {
        for (int t = 0; t < tools.length; t++) {
          long start = System.nanoTime();
          call(in, out, id++, tools[t], alertId);
          latencies[t][i] = (System.nanoTime() - start) / 1e6;
        }
      }
      return latencies;
    } finally {
      Processes.stop(process);
    }
  }

  private static JsonNode call(
      OutputStream in, BufferedReader out, int id, ProductCall call, long alertId)
      throws IOException {
    send(in, call.mcpRequest(id, alertId));
    String line = out.readLine();
    if (line == null) {
      throw new IllegalStateException("the stdio server ended before answering " + call.tool());
    }
    JsonNode result = Json.parse(line).path("result");
    if (result.isMissingNode() || result.path("isError").asBoolean()) {
      throw new IllegalStateException(call.tool() + " failed: " + line);
    }
    return result.path("structuredContent");
  }

  private static void send(OutputStream in, byte[] message) throws IOException {
    in.write(message);
    in.write('\n');
    in.flush();
  }

  private static double median(double[] samples, int from, int to) {
    return StdioStartup.median(Arrays.copyOfRange(samples, from, to));
  }
}
