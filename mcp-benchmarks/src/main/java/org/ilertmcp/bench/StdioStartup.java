package org.ilertmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting a server process to reading its answer to {@code initialize} on stdout. The
 * request is written right after the process starts, as an MCP host does, so the pipe holds it
 * until the server reads.
 */
final class StdioStartup {
  /** Samples, sorted, in milliseconds, and their median. */
  record Result(double medianMillis, double[] samplesMillis) {}

  private static final byte[] INITIALIZE_LINE = withNewline(McpMessages.INITIALIZE);

  private StdioStartup() {}

  /**
   * One untimed run to warm the page cache, then {@code runs} timed ones; {@code runs == 0} is a
   * single untimed run (a training run) and returns no samples.
   */
  static Result measure(List<String> command, String name, int runs, Path logDir)
      throws IOException, InterruptedException {
    Path log = logDir.resolve(name + ".log");
    once(command, log);
    double[] samples = new double[runs];
    for (int i = 0; i < runs; i++) {
      samples[i] = once(command, log);
    }
    if (runs == 0) {
      return new Result(Double.NaN, samples);
    }
    Arrays.sort(samples);
    double median =
        runs % 2 == 1 ? samples[runs / 2] : (samples[runs / 2 - 1] + samples[runs / 2]) / 2;
    return new Result(median, samples);
  }

  private static double once(List<String> command, Path log)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    Processes.register(process);
    // A hung server must not hang the benchmark.
    CompletableFuture.delayedExecutor(30, TimeUnit.SECONDS).execute(process::destroyForcibly);
    try {
      OutputStream stdin = process.getOutputStream();
      stdin.write(INITIALIZE_LINE);
      stdin.flush();
      BufferedReader stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
        if (line.contains("\"result\"") && line.contains("\"protocolVersion\"")) {
          return (System.nanoTime() - start) / 1e6;
        }
      }
      throw new IllegalStateException(command + " ended without an answer; see " + log);
    } finally {
      Processes.stop(process);
    }
  }

  private static byte[] withNewline(byte[] json) {
    byte[] line = Arrays.copyOf(json, json.length + 1);
    line[json.length] = '\n';
    return line;
  }
}
