package org.ilertmcp.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code clients} echo clients against one server: warm-up, then a measured window. */
final class LoadCell {
  /**
   * What one cell measured. CPU is in cores (CPU seconds per wall second) for the load generator,
   * the server, and everything else on the machine, to show who was the limit.
   */
  record Result(
      int clients,
      long calls,
      double callsPerSecond,
      double p50Millis,
      double p99Millis,
      long errors,
      String firstError,
      double generatorCores,
      double serverCores,
      double otherCores) {}

  private LoadCell() {}

  static Result run(ServerProcess server, Mode mode, int clients, Duration warmup, Duration measure)
      throws IOException, InterruptedException {
    EchoClient.Window window = new EchoClient.Window();
    List<EchoClient> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long self = ProcessHandle.current().pid();
    try {
      for (int i = 0; i < clients; i++) {
        EchoClient client = new EchoClient(server.port(), mode, window);
        all.add(client);
        client.open();
      }
      for (int i = 0; i < clients; i++) {
        Thread thread = new Thread(all.get(i), "echo-client-" + i);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      Thread.sleep(warmup.toMillis());
      long generator0 = ProcStat.processTicks(self);
      long server0 = ProcStat.processTicks(server.pid());
      long machine0 = ProcStat.machineBusyTicks();
      long start = System.nanoTime();
      window.phase = EchoClient.Window.MEASURE;
      Thread.sleep(measure.toMillis());
      window.phase = EchoClient.Window.STOP;
      double seconds = (System.nanoTime() - start) / 1e9;
      long generator = ProcStat.processTicks(self) - generator0;
      long serverTicks = ProcStat.processTicks(server.pid()) - server0;
      long machine = ProcStat.machineBusyTicks() - machine0;
      for (Thread thread : threads) {
        thread.join(20_000);
      }
      return summarize(clients, all, seconds, generator, serverTicks, machine);
    } finally {
      window.phase = EchoClient.Window.STOP;
      all.forEach(EchoClient::close);
    }
  }

  private static Result summarize(
      int clients,
      List<EchoClient> all,
      double seconds,
      long generatorTicks,
      long serverTicks,
      long machineTicks) {
    List<Samples> samples = all.stream().map(EchoClient::samples).toList();
    long[] merged = Samples.sortedLatencies(samples);
    long errors = Samples.errors(samples);
    String firstError = Samples.firstError(samples);
    double cores = ProcStat.TICKS_PER_SECOND * seconds;
    double generator = generatorTicks / cores;
    double server = serverTicks / cores;
    double other = Math.max(0, machineTicks / cores - generator - server);
    return new Result(
        clients,
        merged.length,
        merged.length / seconds,
        percentile(merged, 0.50),
        percentile(merged, 0.99),
        errors,
        firstError,
        generator,
        server,
        other);
  }

  /** Nearest-rank percentile in milliseconds; NaN without samples. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }
}
