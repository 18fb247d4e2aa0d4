package org.ilertmcp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Linux {@code /proc} readings: CPU time of a process and of the machine, and resident memory. */
final class ProcStat {
  /** USER_HZ; 100 on every Linux this runs on ({@code getconf CLK_TCK}). */
  static final double TICKS_PER_SECOND = 100.0;

  private ProcStat() {}

  /** User plus system CPU ticks a process has used so far (all its threads). */
  static long processTicks(long pid) {
    String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
    // The command name (field 2) may contain spaces; fields after it are fixed.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** Busy CPU ticks of the whole machine (everything but idle and iowait), summed over cores. */
  static long machineBusyTicks() {
    String first = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow();
    String[] f = first.trim().split("\\s+");
    long busy = 0;
    for (int i = 1; i < f.length && i <= 8; i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(f[i]);
      }
    }
    return busy;
  }

  /** Resident set size ({@code VmRSS}) in KiB. */
  static long rssKib(long pid) {
    return read(Path.of("/proc", Long.toString(pid), "status"))
        .lines()
        .filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElseThrow();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
