package org.ilertmcp.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** Renders {@link Results} as the Markdown that goes into docs/benchmarks.md. */
final class Report {
  /** The HTTP modes measured under load, legacy first. */
  static final List<Mode> HTTP_MODES = List.of(Mode.SESSION, Mode.STATELESS, Mode.MODERN);

  /** Issue 2's targets: throughput at least 2x both references at 16+ clients, start <= 0.8 s. */
  static final double THROUGHPUT_TARGET = 2.0;

  static final double START_TARGET_MILLIS = 800;

  private final Results results;
  private final Settings settings;
  private final StringBuilder out = new StringBuilder();

  Report(Results results, Settings settings) {
    this.results = results;
    this.settings = settings;
  }

  String render(String environment) {
    out.append(environment).append("\n\n");
    throughputTable();
    startAndMemoryTable();
    targets();
    generatorTable();
    return out.toString();
  }

  private void throughputTable() {
    out.append("Echo tool calls per second (higher is better) and latency p50 / p99 in ms.\n\n");
    out.append(
        "| mode | clients | ours calls/s | ours p50 / p99 | Java SDK calls/s | Java SDK p50 / p99"
            + " | TS calls/s | TS p50 / p99 | ours ÷ Java SDK | ours ÷ TS |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Mode mode : HTTP_MODES) {
      for (int clients : settings.clientCounts()) {
        Optional<LoadCell.Result> ours = results.load(Impl.OURS, mode, clients);
        Optional<LoadCell.Result> sdk = reference(Impl.JAVA_SDK, mode, clients);
        Optional<LoadCell.Result> ts = reference(Impl.TS_SDK, mode, clients);
        out.append("| ")
            .append(mode.arg())
            .append(" | ")
            .append(clients)
            .append(" | ")
            .append(rate(ours))
            .append(" | ")
            .append(latency(ours))
            .append(" | ")
            .append(rate(sdk))
            .append(" | ")
            .append(latency(sdk))
            .append(" | ")
            .append(rate(ts))
            .append(" | ")
            .append(latency(ts))
            .append(" | ")
            .append(ratio(ours, sdk, LoadCell.Result::callsPerSecond))
            .append(" | ")
            .append(ratio(ours, ts, LoadCell.Result::callsPerSecond))
            .append(" |\n");
      }
    }
    out.append(
        "\nTS stateless: n/a, server-everything has no stateless HTTP mode. modern: ours serves the"
            + " echo call under 2026-07-28 (no handshake, `_meta` and mirrored headers on every"
            + " request); the references speak only 2025-11-25, so their columns repeat their"
            + " stateless (Java SDK) and session (TS) rows, the same work per call. Calls with an"
            + " error are not counted; errors are listed in the last table.\n\n");
  }

  /** A reference's result for {@code mode}, or for the mode it is compared in when it lacks it. */
  private Optional<LoadCell.Result> reference(Impl impl, Mode mode, int clients) {
    return results.load(impl, impl.comparable(mode), clients);
  }

  private void startAndMemoryTable() {
    out.append("| | ours | Java SDK | TS server-everything | ours ÷ Java SDK | ours ÷ TS |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    row(
        "stdio: process start → `initialize` answer, median of "
            + settings.startupRuns()
            + " (ms, lower is better)",
        impl -> results.startup(impl).map(StdioStartup.Result::medianMillis),
        "%.0f");
    row(
        "same, with an AppCDS archive from one training run (ms; deployment option, not the"
            + " default)",
        impl -> results.startupAppCds(impl).map(StdioStartup.Result::medianMillis),
        "%.0f");
    row(
        "RSS of a fresh session-mode HTTP server (MiB)",
        impl -> results.memory(impl).map(m -> m.rssStartKib() / 1024.0),
        "%.1f");
    row(
        "RSS after " + settings.idleSessions() + " idle sessions (MiB, lower is better)",
        impl -> results.memory(impl).map(m -> m.rssAfterKib() / 1024.0),
        "%.1f");
    row(
        "growth per idle session (KiB)",
        impl -> results.memory(impl).map(IdleSessions.Result::perSessionKib),
        "%.1f");
    out.append("\nStart samples (ms):");
    results.jvmFloor().ifPresent(s -> out.append(" JVM floor ").append(samples(s)).append(';'));
    for (Impl impl : Impl.values()) {
      results
          .startup(impl)
          .ifPresent(
              s -> out.append(' ').append(impl.label()).append(' ').append(samples(s)).append(';'));
    }
    out.append(
        results
            .jvmFloor()
            .map(
                f ->
                    String.format(
                        Locale.ROOT,
                        " JVM floor = the same JVM and flags running a main that answers one line"
                            + " without any JSON or MCP code: median %.0f ms.",
                        f.medianMillis()))
            .orElse(""));
    out.append("\n\n");
  }

  private void row(
      String label, java.util.function.Function<Impl, Optional<Double>> value, String f) {
    Optional<Double> ours = value.apply(Impl.OURS);
    Optional<Double> sdk = value.apply(Impl.JAVA_SDK);
    Optional<Double> ts = value.apply(Impl.TS_SDK);
    out.append("| ")
        .append(label)
        .append(" | ")
        .append(format(ours, f))
        .append(" | ")
        .append(format(sdk, f))
        .append(" | ")
        .append(format(ts, f))
        .append(" | ")
        .append(ratio(ours, sdk))
        .append(" | ")
        .append(ratio(ours, ts))
        .append(" |\n");
  }

  private void targets() {
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (Mode mode : HTTP_MODES) {
      for (int clients : settings.clientCounts()) {
        if (clients < 16) {
          continue;
        }
        Optional<LoadCell.Result> ours = results.load(Impl.OURS, mode, clients);
        for (Impl other : List.of(Impl.JAVA_SDK, Impl.TS_SDK)) {
          Optional<LoadCell.Result> theirs = reference(other, mode, clients);
          if (ours.isEmpty() || theirs.isEmpty()) {
            continue;
          }
          checked++;
          double r = ours.get().callsPerSecond() / theirs.get().callsPerSecond();
          if (r < THROUGHPUT_TARGET) {
            misses.add(
                String.format(
                    Locale.ROOT,
                    "%s %d clients vs %s: %.2f×",
                    mode.arg(),
                    clients,
                    other.label(),
                    r));
          }
        }
      }
    }
    out.append("**Targets.** Throughput ≥ 2× both references at 16+ clients: ");
    out.append(
        misses.isEmpty()
            ? "met in all " + checked + " comparisons"
            : "missed in "
                + misses.size()
                + " of "
                + checked
                + " ("
                + String.join("; ", misses)
                + ")");
    out.append(". Start ≤ 800 ms: ");
    out.append(
        results
            .startup(Impl.OURS)
            .map(
                s ->
                    (s.medianMillis() <= START_TARGET_MILLIS ? "met" : "missed")
                        + String.format(Locale.ROOT, " (%.0f ms)", s.medianMillis()))
            .orElse("not measured"));
    out.append(".\n\n");
  }

  private void generatorTable() {
    out.append(
        "Who used the CPU during each measured window (cores; the machine has "
            + Runtime.getRuntime().availableProcessors()
            + "). \"other\" is everything else on the machine.\n\n");
    out.append(
        "| server | mode | clients | calls | errors | load generator | server | other"
            + " | calls per server CPU-second |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Mode mode : HTTP_MODES) {
      for (Impl impl : Impl.values()) {
        for (int clients : settings.clientCounts()) {
          results
              .load(impl, mode, clients)
              .ifPresent(
                  r ->
                      out.append(
                          String.format(
                              Locale.ROOT,
                              "| %s | %s | %d | %d | %d | %.2f | %.2f | %.2f | %,.0f |%n",
                              impl.label(),
                              mode.arg(),
                              clients,
                              r.calls(),
                              r.errors(),
                              r.generatorCores(),
                              r.serverCores(),
                              r.otherCores(),
                              r.callsPerSecond() / r.serverCores())));
        }
      }
    }
  }

  private static String samples(StdioStartup.Result result) {
    List<String> samples = new ArrayList<>();
    for (double sample : result.samplesMillis()) {
      samples.add(String.format(Locale.ROOT, "%.0f", sample));
    }
    return String.join("/", samples);
  }

  private static String rate(Optional<LoadCell.Result> r) {
    return r.map(x -> String.format(Locale.ROOT, "%,.0f", x.callsPerSecond())).orElse("n/a");
  }

  private static String latency(Optional<LoadCell.Result> r) {
    return r.map(x -> String.format(Locale.ROOT, "%.2f / %.2f", x.p50Millis(), x.p99Millis()))
        .orElse("n/a");
  }

  private static String ratio(
      Optional<LoadCell.Result> ours,
      Optional<LoadCell.Result> theirs,
      ToDoubleFunction<LoadCell.Result> metric) {
    return ratio(ours.map(metric::applyAsDouble), theirs.map(metric::applyAsDouble));
  }

  private static String ratio(Optional<Double> ours, Optional<Double> theirs) {
    if (ours.isEmpty() || theirs.isEmpty() || theirs.get() == 0) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f×", ours.get() / theirs.get());
  }

  private static String format(Optional<Double> value, String f) {
    return value.map(v -> String.format(Locale.ROOT, f, v)).orElse("n/a");
  }
}
