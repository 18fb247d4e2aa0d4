package org.ilertmcp.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What {@link ProductBenchmark} measured, rendered as the Markdown that goes into the docs. */
final class ProductReport {
  static final String PRODUCT_PLAIN = "ilert-mcp (`bin/ilert-mcp stdio`, ILERT_MCP_CDS=off)";
  static final String PRODUCT_CDS = "ilert-mcp with the launcher's archive (`bin/ilert-mcp stdio`)";
  static final String TS = "TS server-everything (reference)";

  /** Issue targets: overhead, throughput share, start ratios, memory. */
  static final double OVERHEAD_TARGET_MILLIS = 0.5;

  static final double THROUGHPUT_SHARE_TARGET = 0.70;
  static final double START_TARGET = 1.5;
  static final double START_CDS_TARGET = 1.0;
  static final double RSS_TARGET_MIB = 150;

  private record Key(ProductRoute route, ProductCall call, int clients) {}

  private record Start(StdioStartup.ListResult result, boolean product) {}

  private final Settings settings;
  private final Map<Key, ProductCell.Result> load = new HashMap<>();
  private final Map<String, Start> starts = new LinkedHashMap<>();
  private IdleSessions.Result memory;
  private final StringBuilder out = new StringBuilder();

  ProductReport(Settings settings) {
    this.settings = settings;
  }

  void load(ProductRoute route, ProductCall call, ProductCell.Result result) {
    load.put(new Key(route, call, result.clients()), result);
  }

  void start(String label, StdioStartup.ListResult result, boolean product) {
    starts.put(label, new Start(result, product));
  }

  void memory(IdleSessions.Result result) {
    memory = result;
  }

  String render(String environment) {
    out.append(environment).append("\n\n");
    if (!load.isEmpty()) {
      latencyTable();
      cpuTable();
      threadTable();
    }
    if (!starts.isEmpty()) {
      startTable();
    }
    if (memory != null) {
      memoryTable();
    }
    targets();
    return out.toString();
  }

  private Optional<ProductCell.Result> cell(ProductRoute route, ProductCall call, int clients) {
    return Optional.ofNullable(load.get(new Key(route, call, clients)));
  }

  private void latencyTable() {
    out.append(
        "Tool calls per second (higher is better), latency p50 / p99 in ms, the product's overhead"
            + " over the direct ilert call (p50 difference, ms) and its throughput as a share of"
            + " direct REST.\n\n");
    out.append(
        "| tool | clients | direct calls/s | direct p50 / p99 | session calls/s | session p50 / p99"
            + " | stateless calls/s | stateless p50 / p99 | overhead p50 session / stateless"
            + " | session ÷ direct | stateless ÷ direct |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ProductCall call : ProductCall.values()) {
      for (int clients : settings.clientCounts()) {
        Optional<ProductCell.Result> direct = cell(ProductRoute.DIRECT, call, clients);
        Optional<ProductCell.Result> session = cell(ProductRoute.SESSION, call, clients);
        Optional<ProductCell.Result> stateless = cell(ProductRoute.STATELESS, call, clients);
        out.append(
            String.format(
                Locale.ROOT,
                "| `%s` | %d | %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |%n",
                call.tool(),
                clients,
                rate(direct),
                latency(direct),
                rate(session),
                latency(session),
                rate(stateless),
                latency(stateless),
                overhead(session, direct),
                overhead(stateless, direct),
                share(session, direct),
                share(stateless, direct)));
      }
    }
    out.append(
        "\nDirect REST = the ilert request the tool sends (same path and query), on one keep-alive"
            + " connection per client, straight to the emulator. Calls with an error are not"
            + " counted; errors are listed in the next table.\n\n");
  }

  private void cpuTable() {
    out.append(
        "Who used the CPU during each measured window (cores; the machine has "
            + Runtime.getRuntime().availableProcessors()
            + "). \"server\" is the process the client talks to (product, or emulator for direct"
            + " REST).\n\n");
    out.append(
        "| route | tool | clients | calls | errors | load generator | product | emulator | other"
            + " | calls per server CPU-second | calls per product+emulator CPU-second |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ProductRoute route : ProductRoute.values()) {
      for (ProductCall call : ProductCall.values()) {
        for (int clients : settings.clientCounts()) {
          cell(route, call, clients)
              .ifPresent(
                  r ->
                      out.append(
                          String.format(
                              Locale.ROOT,
                              "| %s | `%s` | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %,.0f |"
                                  + " %,.0f |%n",
                              route.label(),
                              call.tool(),
                              clients,
                              r.calls(),
                              r.errors(),
                              r.generatorCores(),
                              r.productCores(),
                              r.emulatorCores(),
                              r.otherCores(),
                              r.callsPerServerCpuSecond(),
                              r.callsPerBackendCpuSecond())));
        }
      }
    }
    List<String> errors = new ArrayList<>();
    load.forEach(
        (k, r) -> {
          if (r.firstError() != null) {
            errors.add(k.route().label() + " " + k.call().tool() + ": " + r.firstError());
          }
        });
    if (!errors.isEmpty()) {
      out.append("\nFirst errors: ").append(String.join("; ", errors)).append('\n');
    }
    out.append('\n');
  }

  /**
   * The product's CPU and voluntary context switches per call by thread group, session route: where
   * a call's CPU goes, and how many times a call's work passes from one thread to another.
   */
  private void threadTable() {
    List<Integer> counts = settings.clientCounts();
    out.append(
        "Where the product's CPU goes, by thread (session route, measured windows): µs of CPU and"
            + " voluntary context switches (a thread going to sleep to wait, e.g. to hand work to"
            + " another) per call. Thread names as Linux keeps them (15 characters), without their"
            + " number.\n\n");
    out.append("| tool | thread |");
    counts.forEach(c -> out.append(' ').append(c).append(c == 1 ? " client |" : " clients |"));
    out.append("\n|---|---|").append("---:|".repeat(counts.size())).append('\n');
    for (ProductCall call : ProductCall.values()) {
      List<Optional<ProductCell.Result>> cells =
          counts.stream().map(c -> cell(ProductRoute.SESSION, call, c)).toList();
      Optional<ProductCell.Result> first = cells.get(0);
      if (first.isEmpty()) {
        continue;
      }
      long total = first.get().productThreads().values().stream().mapToLong(u -> u.ticks()).sum();
      first.get().productThreads().entrySet().stream()
          .filter(e -> e.getValue().ticks() * 50 >= total && e.getValue().ticks() > 0)
          .sorted((a, b) -> Long.compare(b.getValue().ticks(), a.getValue().ticks()))
          .forEach(
              e -> threadRow(call, e.getKey(), cells, r -> r.productThreads().get(e.getKey())));
      threadRow(
          call,
          "all threads",
          cells,
          r ->
              r.productThreads().values().stream()
                  .reduce(new ProcStat.ThreadUse(0, 0), ProcStat.ThreadUse::plus));
    }
    out.append('\n');
  }

  private void threadRow(
      ProductCall call,
      String thread,
      List<Optional<ProductCell.Result>> cells,
      Function<ProductCell.Result, ProcStat.ThreadUse> use) {
    out.append("| `").append(call.tool()).append("` | ").append(thread).append(" |");
    for (Optional<ProductCell.Result> cell : cells) {
      out.append(' ').append(cell.map(r -> perCall(r, use.apply(r))).orElse("—")).append(" |");
    }
    out.append('\n');
  }

  private static String perCall(ProductCell.Result r, ProcStat.ThreadUse use) {
    if (use == null || r.calls() == 0) {
      return "—";
    }
    double micros = use.ticks() * 1e6 / ProcStat.TICKS_PER_SECOND / r.calls();
    return String.format(
        Locale.ROOT, "%,.0f µs / %.1f", micros, (double) use.voluntarySwitches() / r.calls());
  }

  private void startTable() {
    Optional<StdioStartup.ListResult> ts = Optional.ofNullable(starts.get(TS)).map(Start::result);
    out.append(
        "stdio start: process start → answer, median of "
            + settings.startupRuns()
            + " (ms, lower is better; the servers started in turn, one round after another), and"
            + " the ratio to the TS SDK reference server. CPU to `initialize`: user and system time"
            + " of the server process, all its threads, when its answer arrived (median, 10 ms"
            + " ticks): the work a start does, which other load moves far less than the wall"
            + " time.\n\n");
    out.append(
        "| server | → `initialize` | → first `tools/list` | ÷ TS (initialize) | ÷ TS (tools/list)"
            + " | CPU to `initialize` (ms) |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    starts.forEach(
        (label, start) -> {
          StdioStartup.ListResult r = start.result();
          out.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.0f | %.0f | %s | %s | %.0f |%n",
                  label,
                  r.initialize().medianMillis(),
                  r.toolsList().medianMillis(),
                  ts.map(t -> ratio(r.initialize(), t.initialize())).orElse("n/a"),
                  ts.map(t -> ratio(r.toolsList(), t.toolsList())).orElse("n/a"),
                  r.cpuToInitialize().medianMillis()));
        });
    out.append("\nSamples to `initialize` (ms):");
    starts.forEach(
        (label, start) ->
            out.append(' ').append(label).append(' ').append(samples(start.result())).append(';'));
    out.append("\n\n");
  }

  private void memoryTable() {
    out.append("| product, session mode | value |\n|---|---:|\n");
    out.append(
        String.format(
            Locale.ROOT,
            "| RSS of a fresh server (MiB) | %.1f |%n| RSS after %d idle sessions (MiB) | %.1f |%n"
                + "| growth per idle session (KiB) | %.1f |%n%n",
            memory.rssStartKib() / 1024.0,
            memory.sessions(),
            memory.rssAfterKib() / 1024.0,
            memory.perSessionKib()));
  }

  private void targets() {
    List<String> lines = new ArrayList<>();
    for (ProductRoute route : List.of(ProductRoute.SESSION, ProductRoute.STATELESS)) {
      for (ProductCall call : ProductCall.values()) {
        Optional<ProductCell.Result> one = cell(route, call, 1);
        Optional<ProductCell.Result> direct1 = cell(ProductRoute.DIRECT, call, 1);
        if (one.isPresent() && direct1.isPresent()) {
          double overhead = one.get().p50Millis() - direct1.get().p50Millis();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "overhead p50 at 1 client, %s `%s`: %.2f ms (target ≤ %.1f ms) — %s",
                  route.arg(),
                  call.tool(),
                  overhead,
                  OVERHEAD_TARGET_MILLIS,
                  overhead <= OVERHEAD_TARGET_MILLIS ? "met" : "missed"));
        }
        Optional<ProductCell.Result> sixteen = cell(route, call, 16);
        Optional<ProductCell.Result> direct16 = cell(ProductRoute.DIRECT, call, 16);
        if (sixteen.isPresent() && direct16.isPresent()) {
          double share = sixteen.get().callsPerSecond() / direct16.get().callsPerSecond();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "throughput at 16 clients, %s `%s`: %.0f%% of direct (target ≥ %.0f%%) — %s",
                  route.arg(),
                  call.tool(),
                  share * 100,
                  THROUGHPUT_SHARE_TARGET * 100,
                  share >= THROUGHPUT_SHARE_TARGET ? "met" : "missed"));
        }
      }
    }
    Optional<StdioStartup.ListResult> ts = Optional.ofNullable(starts.get(TS)).map(Start::result);
    startTarget(lines, ts, PRODUCT_PLAIN, "without archive", START_TARGET);
    startTarget(lines, ts, PRODUCT_CDS, "with the launcher's archive", START_CDS_TARGET);
    if (memory != null) {
      double mib = memory.rssAfterKib() / 1024.0;
      lines.add(
          String.format(
              Locale.ROOT,
              "RSS after %d idle sessions: %.1f MiB (target ≤ %.0f MiB) — %s",
              memory.sessions(),
              mib,
              RSS_TARGET_MIB,
              mib <= RSS_TARGET_MIB ? "met" : "missed"));
    }
    out.append("**Targets.**\n\n");
    lines.forEach(l -> out.append("- ").append(l).append('\n'));
  }

  private void startTarget(
      List<String> lines,
      Optional<StdioStartup.ListResult> ts,
      String label,
      String what,
      double target) {
    Start start = starts.get(label);
    if (start == null || ts.isEmpty()) {
      return;
    }
    double init = start.result().initialize().medianMillis() / ts.get().initialize().medianMillis();
    double list = start.result().toolsList().medianMillis() / ts.get().toolsList().medianMillis();
    lines.add(
        String.format(
            Locale.ROOT,
            "stdio start %s: %.2f× TS to `initialize`, %.2f× to `tools/list` (target ≤ %.1f×) — %s",
            what,
            init,
            list,
            target,
            Math.max(init, list) <= target ? "met" : "missed"));
  }

  private static String ratio(StdioStartup.Result ours, StdioStartup.Result theirs) {
    return String.format(Locale.ROOT, "%.2f×", ours.medianMillis() / theirs.medianMillis());
  }

  private static String samples(StdioStartup.ListResult result) {
    List<String> samples = new ArrayList<>();
    for (double sample : result.initialize().samplesMillis()) {
      samples.add(String.format(Locale.ROOT, "%.0f", sample));
    }
    return String.join("/", samples);
  }

  private static String rate(Optional<ProductCell.Result> r) {
    return r.map(x -> String.format(Locale.ROOT, "%,.0f", x.callsPerSecond())).orElse("n/a");
  }

  private static String latency(Optional<ProductCell.Result> r) {
    return r.map(x -> String.format(Locale.ROOT, "%.2f / %.2f", x.p50Millis(), x.p99Millis()))
        .orElse("n/a");
  }

  private static String overhead(
      Optional<ProductCell.Result> product, Optional<ProductCell.Result> direct) {
    if (product.isEmpty() || direct.isEmpty()) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT, "%+.2f", product.get().p50Millis() - direct.get().p50Millis());
  }

  private static String share(
      Optional<ProductCell.Result> product, Optional<ProductCell.Result> direct) {
    if (product.isEmpty() || direct.isEmpty()) {
      return "n/a";
    }
    return String.format(
        Locale.ROOT,
        "%.0f%%",
        100 * product.get().callsPerSecond() / direct.get().callsPerSecond());
  }
}
