package org.ilertmcp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Linux {@code /proc} readings: CPU time of a process, of its threads and of the machine, context
 * switches, and resident memory.
 */
final class ProcStat {
  /** USER_HZ; 100 on every Linux this runs on ({@code getconf CLK_TCK}). */
  static final double TICKS_PER_SECOND = 100.0;

  private ProcStat() {}

  /** User plus system CPU ticks a process has used so far (all its threads). */
  static long processTicks(long pid) {
    return ticks(read(Path.of("/proc", Long.toString(pid), "stat")));
  }

  /** User plus system ticks in a process's or a thread's {@code stat} line. */
  private static long ticks(String stat) {
    // The command name (field 2) may contain spaces; fields after it are fixed.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  /** The number in a {@code status} file's line {@code field: value}. */
  private static long statusValue(String status, String field) {
    return status
        .lines()
        .filter(l -> l.startsWith(field + ":"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElseThrow();
  }

  /**
   * CPU ticks and voluntary context switches (each one a thread going to sleep to wait: a hand-off
   * to another thread, a lock, I/O) a thread group has used so far.
   */
  record ThreadUse(long ticks, long voluntarySwitches) {
    ThreadUse plus(ThreadUse other) {
      return new ThreadUse(ticks + other.ticks, voluntarySwitches + other.voluntarySwitches);
    }

    ThreadUse minus(ThreadUse earlier) {
      return new ThreadUse(ticks - earlier.ticks, voluntarySwitches - earlier.voluntarySwitches);
    }
  }

  /**
   * What the live threads of a process have used so far, summed per group: a thread's name as Linux
   * keeps it (15 characters) without a trailing number, so {@code mcp-worker-3} and {@code
   * mcp-worker-12} are one group. Threads that ended are not counted.
   */
  static Map<String, ThreadUse> threadGroups(long pid) {
    Map<String, ThreadUse> groups = new HashMap<>();
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
          long switches =
              statusValue(Files.readString(task.resolve("status")), "voluntary_ctxt_switches");
          groups.merge(group(name), new ThreadUse(ticks(stat), switches), ThreadUse::plus);
        } catch (NoSuchFileException ended) {
          // the thread ended while the directory was read
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return groups;
  }

  /** {@code now - before} per group; a group that is new counts from zero. */
  static Map<String, ThreadUse> since(Map<String, ThreadUse> before, Map<String, ThreadUse> now) {
    Map<String, ThreadUse> delta = new HashMap<>();
    now.forEach(
        (group, use) ->
            delta.put(group, use.minus(before.getOrDefault(group, new ThreadUse(0, 0)))));
    return delta;
  }

  static String group(String threadName) {
    String group = threadName.replaceAll("[-_ #]?[0-9]+$", "");
    return group.isEmpty() ? threadName : group;
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
    return statusValue(read(Path.of("/proc", Long.toString(pid), "status")), "VmRSS");
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
