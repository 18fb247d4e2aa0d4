package org.ilertmcp.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The product under load and under saturation, through its real {@code http} mode against the
 * emulator, each its own process from the packaged distribution. Not a test.
 *
 * <ul>
 *   <li><b>sessions</b>: {@code --sessions} MCP sessions (default 300) spread over the emulator's
 *       five demo keys, all at once, each making {@code --calls} tool calls (default 10) back to
 *       back, {@code get_alert} and {@code list_alerts} alternating; the product with its shipped
 *       defaults (the pacing of each key to ilert's 120 requests/minute included). Prints the
 *       answers by kind (result, busy, paced, other error), p50/p99, calls/s and the server's RSS.
 *   <li><b>saturation</b>: ilert slowed down ({@code --latency-ms}, default 2000, on every {@code
 *       /api/alerts} request), the product with {@code --max-concurrent-calls} (default 16) and its
 *       pacing off, {@code --clients} sessions (default 48) calling back to back for {@code
 *       --seconds} (default 20; after a busy answer a client waits 100 ms, faster than the hint, to
 *       keep the pool full), and one more session sending {@code ping} every 100 ms. Prints the
 *       busy answers, other errors, p50/p99 of the tool calls, p50/p99 of {@code ping} and RSS.
 * </ul>
 *
 * <p>Both print {@code uptime} before and after: the machine is shared. Other arguments: {@code
 * --phases sessions,saturation}, {@code --dist DIR}; JVM flags of both processes in {@code
 * -Dbench.serverJvmFlags}.
 */
public final class LoadBenchmark {
  /** The emulator's demo keys, one per role. */
  static final List<String> KEYS =
      List.of(
          "demo-admin-key",
          "demo-user-key",
          "demo-responder-key",
          "demo-stakeholder-key",
          "demo-security-responder-key");

  private static final long PING_EVERY_MILLIS = 100;
  private static final long AFTER_BUSY_MILLIS = 100;

  private final Distribution distribution;
  private final List<String> jvmFlags;

  private LoadBenchmark(Distribution distribution, List<String> jvmFlags) {
    this.distribution = distribution;
    this.jvmFlags = jvmFlags;
  }

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    Path logDir = Files.createTempDirectory("mcp-load-bench-");
    List<String> jvmFlags =
        Arrays.stream(
                System.getProperty("bench.serverJvmFlags", Launcher.DEFAULT_JVM_FLAGS)
                    .trim()
                    .split("\\s+"))
            .filter(f -> !f.isEmpty())
            .toList();
    Path dist = ProductBenchmark.option(a, "--dist").map(Path::of).orElseGet(Distribution::find);
    LoadBenchmark bench = new LoadBenchmark(new Distribution(dist, logDir, jvmFlags), jvmFlags);
    List<String> phases =
        Arrays.asList(
            ProductBenchmark.option(a, "--phases").orElse("sessions,saturation").split(","));
    ProtocolBenchmark.log("server logs in " + logDir);
    out("uptime before: " + uptime());
    out(
        String.format(
            Locale.ROOT,
            "machine: %d cores (%s), Java %s, product and emulator JAVA_OPTS: %s",
            Runtime.getRuntime().availableProcessors(),
            ProtocolBenchmark.cpuModel(),
            System.getProperty("java.version"),
            String.join(" ", jvmFlags)));
    if (phases.contains("sessions")) {
      bench.sessions(intOption(a, "--sessions", 300), intOption(a, "--calls", 10));
    }
    if (phases.contains("saturation")) {
      bench.saturation(
          intOption(a, "--max-concurrent-calls", 16),
          intOption(a, "--clients", 48),
          Duration.ofSeconds(intOption(a, "--seconds", 20)),
          Duration.ofMillis(intOption(a, "--latency-ms", 2000)));
    }
    out("uptime after: " + uptime());
  }

  /** Many sessions at once, a few calls each, with the shipped defaults. */
  private void sessions(int sessions, int calls) throws IOException, InterruptedException {
    ProtocolBenchmark.log("sessions: " + sessions + " x " + calls + " calls");
    try (ServerProcess emulator = distribution.emulator();
        ServerProcess product =
            distribution.product("product-load", emulator, List.of(), jvmFlags)) {
      long alertId = ProductBenchmark.firstOpenAlert(emulator);
      long rssStart = ProcStat.rssKib(product.pid());
      List<LoadSession> clients = open(product, sessions);
      Tally tally = new Tally();
      CountDownLatch go = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clients.size(); i++) {
        LoadSession client = clients.get(i);
        int first = i;
        threads.add(
            started(
                "load-" + i,
                () -> {
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    return;
                  }
                  for (int c = 0; c < calls; c++) {
                    tally.add(client.call(call(first + c), alertId));
                  }
                }));
      }
      try (RssPeak rss = new RssPeak(product.pid())) {
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
          t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out(
            String.format(
                Locale.ROOT,
                "sessions: %d sessions x %d calls (get_alert, list_alerts alternating) over %d"
                    + " keys, product defaults (pacing 120/min per key, max-concurrent-calls 64)",
                clients.size(),
                calls,
                KEYS.size()));
        out(
            String.format(
                Locale.ROOT,
                "sessions: %d calls in %.1f s = %.1f calls/s; %s",
                tally.answered(),
                seconds,
                tally.answered() / seconds,
                tally.counts()));
        out("sessions: latency " + tally.latencies());
        out(rss.line("sessions", rssStart));
        tally.firstError().ifPresent(e -> out("sessions: first other error: " + e));
      }
      clients.forEach(LoadSession::close);
    }
  }

  /** A slow ilert, more callers than the call pool holds, and a ping beside them. */
  private void saturation(int maxConcurrent, int clientCount, Duration length, Duration latency)
      throws IOException, InterruptedException {
    ProtocolBenchmark.log("saturation: " + clientCount + " clients, pool " + maxConcurrent);
    List<String> options =
        List.of(
            "--max-concurrent-calls",
            Integer.toString(maxConcurrent),
            "--requests-per-minute",
            "0");
    try (ServerProcess emulator = distribution.emulator();
        ServerProcess product =
            distribution.product("product-saturated", emulator, options, jvmFlags)) {
      long alertId = ProductBenchmark.firstOpenAlert(emulator);
      slowDown(emulator, latency);
      long rssStart = ProcStat.rssKib(product.pid());
      List<LoadSession> clients = open(product, clientCount);
      LoadSession pinger = open(product, 1).get(0);
      Tally tally = new Tally();
      Samples pings = new Samples();
      List<Thread> threads = new ArrayList<>();
      CountDownLatch stop = new CountDownLatch(1);
      for (int i = 0; i < clients.size(); i++) {
        LoadSession client = clients.get(i);
        int first = i;
        threads.add(
            started(
                "saturate-" + i,
                () -> {
                  for (int c = first; stop.getCount() > 0; c++) {
                    LoadSession.Reply reply = client.call(call(c), alertId);
                    tally.add(reply);
                    if (reply.answer() == LoadSession.Answer.BUSY
                        && pause(stop, AFTER_BUSY_MILLIS)) {
                      return;
                    }
                  }
                }));
      }
      threads.add(
          started(
              "pinger",
              () -> {
                do {
                  long start = System.nanoTime();
                  String problem = pinger.ping();
                  pings.add(true, System.nanoTime() - start, problem);
                } while (!pause(stop, PING_EVERY_MILLIS));
              }));
      try (RssPeak rss = new RssPeak(product.pid())) {
        Thread.sleep(length.toMillis());
        stop.countDown();
        for (Thread t : threads) {
          t.join();
        }
        out(
            String.format(
                Locale.ROOT,
                "saturation: ilert +%d ms on /api/alerts**, max-concurrent-calls %d, %d clients"
                    + " calling back to back for %d s (100 ms pause after busy), pacing off",
                latency.toMillis(),
                maxConcurrent,
                clients.size(),
                length.toSeconds()));
        out("saturation: tool calls " + tally.answered() + ": " + tally.counts());
        out("saturation: tool call latency " + tally.latencies());
        long[] pingNanos = Samples.sortedLatencies(List.of(pings));
        out(
            String.format(
                Locale.ROOT,
                "saturation: ping %d answered, %d failed: p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                pingNanos.length,
                pings.errors(),
                LoadCell.percentile(pingNanos, 0.50),
                LoadCell.percentile(pingNanos, 0.99),
                pingNanos.length == 0 ? Double.NaN : pingNanos[pingNanos.length - 1] / 1e6));
        out(rss.line("saturation", rssStart));
        tally.firstError().ifPresent(e -> out("saturation: first other error: " + e));
        if (pings.firstError() != null) {
          out("saturation: first ping error: " + pings.firstError());
        }
      }
      clients.forEach(LoadSession::close);
      pinger.close();
    }
  }

  /** Waits between two requests; true when the run is over. */
  private static boolean pause(CountDownLatch stop, long millis) {
    try {
      return stop.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  /** Every {@code /api/alerts} request of the emulator waits {@code latency} first. */
  private static void slowDown(ServerProcess emulator, Duration latency) throws IOException {
    String rule =
        "{\"path\":\"/api/alerts**\",\"kind\":\"LATENCY\",\"delayMs\":" + latency.toMillis() + "}";
    try (HttpConnection admin = new HttpConnection(emulator.port(), "/_emulator/faults", "")) {
      HttpConnection.Response r = admin.post(null, rule.getBytes(StandardCharsets.UTF_8));
      if (r.status() != 201) {
        throw new IllegalStateException("fault rule refused: " + r.status() + " " + r.text());
      }
    }
  }

  /** {@code count} sessions, the keys taken in turn. */
  private static List<LoadSession> open(ServerProcess product, int count) throws IOException {
    List<LoadSession> clients = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LoadSession client = new LoadSession(product.port(), KEYS.get(i % KEYS.size()));
      client.open();
      clients.add(client);
    }
    return clients;
  }

  private static ProductCall call(int n) {
    return n % 2 == 0 ? ProductCall.GET_ALERT : ProductCall.LIST_ALERTS;
  }

  private static Thread started(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static int intOption(List<String> args, String name, int fallback) {
    return ProductBenchmark.option(args, name).map(Integer::parseInt).orElse(fallback);
  }

  private static String uptime() {
    try {
      Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return text;
    } catch (IOException e) {
      return "load average " + ProtocolBenchmark.loadAverage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }

  private static void out(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** The answers of all clients of one phase, by kind, with the latencies. */
  private static final class Tally {
    private final long[] counts = new long[LoadSession.Answer.values().length];
    private final Samples ok = new Samples();
    private final Samples all = new Samples();
    private String firstError;

    synchronized void add(LoadSession.Reply reply) {
      counts[reply.answer().ordinal()]++;
      ok.add(reply.answer() == LoadSession.Answer.OK, reply.nanos(), null);
      all.add(true, reply.nanos(), null);
      if (reply.problem() != null && firstError == null) {
        firstError = reply.problem();
      }
    }

    synchronized long answered() {
      return Arrays.stream(counts).sum();
    }

    synchronized String counts() {
      return String.format(
          Locale.ROOT,
          "results %d, busy (-32005) %d, paced by this server %d, other errors %d",
          counts[LoadSession.Answer.OK.ordinal()],
          counts[LoadSession.Answer.BUSY.ordinal()],
          counts[LoadSession.Answer.PACED.ordinal()],
          counts[LoadSession.Answer.ERROR.ordinal()]);
    }

    synchronized String latencies() {
      long[] okNanos = Samples.sortedLatencies(List.of(ok));
      long[] allNanos = Samples.sortedLatencies(List.of(all));
      return String.format(
          Locale.ROOT,
          "of results p50 %.1f ms p99 %.1f ms; of all answers p50 %.1f ms p99 %.1f ms",
          LoadCell.percentile(okNanos, 0.50),
          LoadCell.percentile(okNanos, 0.99),
          LoadCell.percentile(allNanos, 0.50),
          LoadCell.percentile(allNanos, 0.99));
    }

    synchronized Optional<String> firstError() {
      return Optional.ofNullable(firstError);
    }
  }

  /** The server's resident memory, sampled every 250 ms while a phase runs. */
  private static final class RssPeak implements AutoCloseable {
    private final long pid;
    private final Thread sampler;
    private volatile long peakKib;
    private volatile boolean done;

    RssPeak(long pid) {
      this.pid = pid;
      this.peakKib = ProcStat.rssKib(pid);
      this.sampler =
          started(
              "rss",
              () -> {
                while (!done) {
                  peakKib = Math.max(peakKib, ProcStat.rssKib(pid));
                  try {
                    Thread.sleep(250);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
    }

    String line(String phase, long startKib) {
      long now = ProcStat.rssKib(pid);
      return String.format(
          Locale.ROOT,
          "%s: server RSS %.1f MiB before the sessions, peak %.1f MiB, %.1f MiB at the end",
          phase,
          startKib / 1024.0,
          Math.max(peakKib, now) / 1024.0,
          now / 1024.0);
    }

    @Override
    public void close() {
      done = true;
      sampler.interrupt();
    }
  }
}
