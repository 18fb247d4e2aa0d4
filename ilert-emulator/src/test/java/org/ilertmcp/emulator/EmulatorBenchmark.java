package org.ilertmcp.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the emulator's direct throughput on loopback with 16 concurrent JDK HttpClient callers,
 * for {@code GET /api/alerts/{id}} and {@code GET /api/alerts?states=PENDING}. Not a test: run with
 *
 * <pre>
 * ./mvnw -q -pl ilert-emulator exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.ilertmcp.emulator.EmulatorBenchmark [-Dexec.args="10"]
 * </pre>
 *
 * The optional argument is the measured seconds per endpoint (default 10; 3 s warm-up each).
 */
public final class EmulatorBenchmark {
  private static final int CLIENTS = 16;

  private EmulatorBenchmark() {}

  /** One measured endpoint's results. */
  record Result(String name, long requests, long errors, double seconds, long[] latenciesNanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return 0;
      }
      int i = (int) Math.min(latenciesNanos.length - 1, Math.floor(p * latenciesNanos.length));
      return latenciesNanos[i] / 1_000_000.0;
    }
  }

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    try (IlertEmulator emu =
        IlertEmulator.builder().demoOrganisation(true).maxThreads(64).build().start()) {
      String key = emu.demoKey("ADMIN");
      long alertId = emu.state().alerts().get(200).id();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Result> results = new ArrayList<>();
      for (String path : List.of("/alerts/" + alertId, "/alerts?states=PENDING")) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(emu.baseUrl() + path))
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json")
                .build();
        run(http, request, Duration.ofSeconds(3));
        Result r = run(http, request, Duration.ofSeconds(seconds));
        results.add(
            new Result(
                "GET /api" + path.replace(Long.toString(alertId), "{id}"),
                r.requests(),
                r.errors(),
                r.seconds(),
                r.latenciesNanos()));
      }
      print(results, seconds);
    }
  }

  private static Result run(HttpClient http, HttpRequest request, Duration duration)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Callable<long[]> client =
          () -> {
            long[] lat = new long[1 << 16];
            int n = 0;
            long errors = 0;
            long count = 0;
            while (System.nanoTime() < end) {
              long t0 = System.nanoTime();
              HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
              long dt = System.nanoTime() - t0;
              count++;
              if (r.statusCode() != 200) {
                errors++;
              }
              if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
              }
              lat[n++] = dt;
            }
            long[] out = Arrays.copyOf(lat, n + 2);
            out[n] = count;
            out[n + 1] = errors;
            return out;
          };
      futures.add(pool.submit(client));
    }
    long requests = 0;
    long errors = 0;
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      long[] out = f.get();
      requests += out[out.length - 2];
      errors += out[out.length - 1];
      all.add(Arrays.copyOf(out, out.length - 2));
    }
    double secs = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result("", requests, errors, secs, merged);
  }

  private static void print(List<Result> results, int seconds) {
    System.out.printf(
        "ilert emulator direct throughput, %d concurrent JDK HttpClient callers, loopback, %d s"
            + " per endpoint (after 3 s warm-up), %d CPUs, load average %.1f, Java %s%n",
        CLIENTS,
        seconds,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.version"));
    System.out.println("| endpoint | requests | errors | req/s | p50 ms | p99 ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Result r : results) {
      System.out.printf(
          "| `%s` | %d | %d | %.0f | %.2f | %.2f |%n",
          r.name(),
          r.requests(),
          r.errors(),
          r.perSecond(),
          r.percentileMillis(0.50),
          r.percentileMillis(0.99));
    }
  }
}
