package org.ilertmcp.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one benchmark client measured: latencies of the calls that succeeded in the measure window,
 * how many failed there, and the first failure seen at any time (warm-up included), for the report.
 */
final class Samples {
  private long[] latencies = new long[4096];
  private int count;
  private long errors;
  private String firstError;

  /** One call's outcome: {@code problem} is null when it succeeded. */
  void add(boolean measured, long nanos, String problem) {
    if (measured) {
      if (problem == null) {
        if (count == latencies.length) {
          latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
      } else {
        errors++;
      }
    }
    if (problem != null && firstError == null) {
      firstError = problem;
    }
  }

  long[] latencies() {
    return Arrays.copyOf(latencies, count);
  }

  long errors() {
    return errors;
  }

  String firstError() {
    return firstError;
  }

  /** Every client's latencies in one sorted array. */
  static long[] sortedLatencies(List<Samples> all) {
    long[] merged = all.stream().map(Samples::latencies).flatMapToLong(Arrays::stream).toArray();
    Arrays.sort(merged);
    return merged;
  }

  /** Failed calls in the measure window, over all clients. */
  static long errors(List<Samples> all) {
    return all.stream().mapToLong(Samples::errors).sum();
  }

  /** The first failure any client saw, or null. */
  static String firstError(List<Samples> all) {
    return all.stream().map(Samples::firstError).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
