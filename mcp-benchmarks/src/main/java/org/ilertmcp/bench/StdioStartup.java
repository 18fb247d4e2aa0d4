package org.ilertmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time from starting a server process to reading its answer to {@code initialize} (and, when asked,
 * to the first {@code tools/list}) on stdout. The requests are written right after the process
 * starts, as an MCP host does, so the pipe holds them until the server reads.
 */
final class StdioStartup {
  /** Samples, sorted, in milliseconds, and their median. */
  record Result(double medianMillis, double[] samplesMillis) {}

  /**
   * The same runs timed to the {@code initialize} answer and to the {@code tools/list} answer, and
   * the CPU time the server process had used (all its threads, 10 ms ticks) when its {@code
   * initialize} answer arrived: the work the start did, which other load on the machine moves far
   * less than the wall time.
   */
  record ListResult(Result initialize, Result toolsList, Result cpuToInitialize) {}

  private static final byte[] INITIALIZE_LINE = withNewline(McpMessages.INITIALIZE);

  private static final byte[] INITIALIZE_AND_LIST =
      (new String(INITIALIZE_LINE, StandardCharsets.US_ASCII)
              + new String(McpMessages.INITIALIZED, StandardCharsets.US_ASCII)
              + "\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n")
          .getBytes(StandardCharsets.US_ASCII);

  private StdioStartup() {}

  /**
   * One untimed run to warm the page cache, then {@code runs} timed ones; {@code runs == 0} is a
   * single untimed run (a training run) and returns no samples.
   */
  static Result measure(List<String> command, String name, int runs, Path logDir)
      throws IOException, InterruptedException {
    return measure(command, Map.of(), name, runs, logDir, false).initialize();
  }

  /** As {@link #measure}, in {@code env}, also timing the first {@code tools/list} answer. */
  static ListResult measureToList(
      List<String> command, Map<String, String> env, String name, int runs, Path logDir)
      throws IOException, InterruptedException {
    return measure(command, env, name, runs, logDir, true);
  }

  private static ListResult measure(
      List<String> command,
      Map<String, String> env,
      String name,
      int runs,
      Path logDir,
      boolean list)
      throws IOException, InterruptedException {
    return rounds(List.of(new Subject(name, command, env)), runs, logDir, list).get(0);
  }

  /** A server to start: its command line, environment and the name of its stderr log. */
  record Subject(String name, List<String> command, Map<String, String> env) {}

  /**
   * Times every subject to its {@code initialize} and {@code tools/list} answers, round by round:
   * one untimed run of each to warm the page cache, then {@code runs} rounds that start each
   * subject once in turn. Load that drifts during the phase (another process, a slow minute) then
   * falls on every subject alike instead of on whichever was measured at the time, so the ratios
   * between them hold even when the absolute times move.
   *
   * @return the results in the subjects' order
   */
  static List<ListResult> measureRoundRobin(List<Subject> subjects, int runs, Path logDir)
      throws IOException, InterruptedException {
    return rounds(subjects, runs, logDir, true);
  }

  private static List<ListResult> rounds(
      List<Subject> subjects, int runs, Path logDir, boolean list)
      throws IOException, InterruptedException {
    double[][] initialize = new double[subjects.size()][runs];
    double[][] toolsList = new double[subjects.size()][runs];
    double[][] cpu = new double[subjects.size()][runs];
    for (Subject subject : subjects) {
      once(subject, logDir, list);
    }
    for (int round = 0; round < runs; round++) {
      for (int i = 0; i < subjects.size(); i++) {
        double[] sample = once(subjects.get(i), logDir, list);
        initialize[i][round] = sample[0];
        toolsList[i][round] = sample[1];
        cpu[i][round] = sample[2];
      }
    }
    List<ListResult> results = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      results.add(new ListResult(result(initialize[i]), result(toolsList[i]), result(cpu[i])));
    }
    return results;
  }

  private static Result result(double[] samples) {
    if (samples.length == 0) {
      return new Result(Double.NaN, samples);
    }
    Arrays.sort(samples);
    return new Result(middle(samples), samples);
  }

  /** The median of {@code samples} (left as they are). */
  static double median(double[] samples) {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return middle(sorted);
  }

  private static double middle(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * Milliseconds to the initialize answer, (with {@code list}) to the tools/list answer, and the
   * server's CPU milliseconds when the initialize answer was read.
   */
  private static double[] once(Subject subject, Path logDir, boolean list)
      throws IOException, InterruptedException {
    List<String> command = subject.command();
    Path log = logDir.resolve(subject.name() + ".log");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(subject.env());
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long start = System.nanoTime();
    Process process = builder.start();
    Processes.register(process);
    // A hung server must not hang the benchmark.
    CompletableFuture.delayedExecutor(30, TimeUnit.SECONDS).execute(process::destroyForcibly);
    try {
      OutputStream stdin = process.getOutputStream();
      stdin.write(list ? INITIALIZE_AND_LIST : INITIALIZE_LINE);
      stdin.flush();
      BufferedReader stdout =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      double initialized = Double.NaN;
      double cpu = Double.NaN;
      for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
        double now = (System.nanoTime() - start) / 1e6;
        if (line.contains("\"result\"") && line.contains("\"protocolVersion\"")) {
          initialized = now;
          cpu = ProcStat.processTicks(process.pid()) * 1000 / ProcStat.TICKS_PER_SECOND;
          if (!list) {
            return new double[] {now, Double.NaN, cpu};
          }
        } else if (list && line.contains("\"tools\"") && line.contains("\"id\":2")) {
          return new double[] {initialized, now, cpu};
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
