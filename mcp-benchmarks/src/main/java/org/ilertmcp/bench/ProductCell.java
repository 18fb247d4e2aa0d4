package org.ilertmcp.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs {@code clients} product clients for one route and call: warm-up, then a measured window,
 * with the CPU the load generator, the product, the emulator and everything else used in it.
 */
final class ProductCell {
  /** What one cell measured; CPU in cores (CPU seconds per wall second). */
  record Result(
      int clients,
      long calls,
      double callsPerSecond,
      double p50Millis,
      double p99Millis,
      long errors,
      String firstError,
      double generatorCores,
      double productCores,
      double emulatorCores,
      double otherCores,
      Map<String, ProcStat.ThreadUse> productThreads) {

    /** Calls per CPU-second of the process that answers the client (product, or emulator). */
    double callsPerServerCpuSecond() {
      double cores = productCores > 0 ? productCores : emulatorCores;
      return callsPerSecond / cores;
    }

    /** Calls per CPU-second of product and emulator together. */
    double callsPerBackendCpuSecond() {
      return callsPerSecond / (productCores + emulatorCores);
    }
  }

  private ProductCell() {}

  /**
   * @param product the product process, or {@code null} for direct REST (clients talk to the
   *     emulator); its threads' CPU and voluntary context switches over the window are kept per
   *     thread group
   */
  static Result run(
      ServerProcess product,
      ServerProcess emulator,
      ProductRoute route,
      ProductCall call,
      long alertId,
      String key,
      int clients,
      Duration warmup,
      Duration measure)
      throws IOException, InterruptedException {
    int port = Objects.requireNonNullElse(product, emulator).port();
    EchoClient.Window window = new EchoClient.Window();
    List<ProductClient> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long self = ProcessHandle.current().pid();
    try {
      for (int i = 0; i < clients; i++) {
        ProductClient client = new ProductClient(port, route, call, alertId, key, window);
        all.add(client);
        client.open();
      }
      for (int i = 0; i < clients; i++) {
        Thread thread = new Thread(all.get(i), "product-client-" + i);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      Thread.sleep(warmup.toMillis());
      long generator0 = ProcStat.processTicks(self);
      long product0 = product == null ? 0 : ProcStat.processTicks(product.pid());
      long emulator0 = ProcStat.processTicks(emulator.pid());
      long machine0 = ProcStat.machineBusyTicks();
      Map<String, ProcStat.ThreadUse> threads0 =
          product == null ? Map.of() : ProcStat.threadGroups(product.pid());
      long start = System.nanoTime();
      window.phase = EchoClient.Window.MEASURE;
      Thread.sleep(measure.toMillis());
      window.phase = EchoClient.Window.STOP;
      double seconds = (System.nanoTime() - start) / 1e9;
      double cores = ProcStat.TICKS_PER_SECOND * seconds;
      double generator = (ProcStat.processTicks(self) - generator0) / cores;
      double productCores =
          product == null ? 0 : (ProcStat.processTicks(product.pid()) - product0) / cores;
      double emulatorCores = (ProcStat.processTicks(emulator.pid()) - emulator0) / cores;
      double machine = (ProcStat.machineBusyTicks() - machine0) / cores;
      Map<String, ProcStat.ThreadUse> productThreads =
          product == null
              ? Map.of()
              : ProcStat.since(threads0, ProcStat.threadGroups(product.pid()));
      for (Thread thread : threads) {
        thread.join(20_000);
      }
      List<Samples> samples = all.stream().map(ProductClient::samples).toList();
      long[] merged = Samples.sortedLatencies(samples);
      return new Result(
          clients,
          merged.length,
          merged.length / seconds,
          LoadCell.percentile(merged, 0.50),
          LoadCell.percentile(merged, 0.99),
          Samples.errors(samples),
          Samples.firstError(samples),
          generator,
          productCores,
          emulatorCores,
          Math.max(0, machine - generator - productCores - emulatorCores),
          productThreads);
    } finally {
      window.phase = EchoClient.Window.STOP;
      all.forEach(ProductClient::close);
    }
  }
}
