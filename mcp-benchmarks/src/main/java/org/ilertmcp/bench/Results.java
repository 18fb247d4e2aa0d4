package org.ilertmcp.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Everything one run measured, keyed by implementation (and mode and client count for load). */
final class Results {
  private record LoadKey(Impl impl, Mode mode, int clients) {}

  private final Map<LoadKey, LoadCell.Result> load = new HashMap<>();
  private final Map<Impl, StdioStartup.Result> startup = new EnumMap<>(Impl.class);
  private final Map<Impl, IdleSessions.Result> memory = new EnumMap<>(Impl.class);
  private final Map<Impl, StdioStartup.Result> startupAppCds = new EnumMap<>(Impl.class);
  private StdioStartup.Result jvmFloor;

  void startupAppCds(Impl impl, StdioStartup.Result result) {
    startupAppCds.put(impl, result);
  }

  /** Start with an AppCDS archive from a training run (Java servers only). */
  Optional<StdioStartup.Result> startupAppCds(Impl impl) {
    return Optional.ofNullable(startupAppCds.get(impl));
  }

  void jvmFloor(StdioStartup.Result result) {
    jvmFloor = result;
  }

  /** Start of a JVM that only answers one line, with the Java servers' flags: the floor. */
  Optional<StdioStartup.Result> jvmFloor() {
    return Optional.ofNullable(jvmFloor);
  }

  void load(Impl impl, Mode mode, LoadCell.Result result) {
    load.put(new LoadKey(impl, mode, result.clients()), result);
  }

  Optional<LoadCell.Result> load(Impl impl, Mode mode, int clients) {
    return Optional.ofNullable(load.get(new LoadKey(impl, mode, clients)));
  }

  void startup(Impl impl, StdioStartup.Result result) {
    startup.put(impl, result);
  }

  Optional<StdioStartup.Result> startup(Impl impl) {
    return Optional.ofNullable(startup.get(impl));
  }

  void memory(Impl impl, IdleSessions.Result result) {
    memory.put(impl, result);
  }

  Optional<IdleSessions.Result> memory(Impl impl) {
    return Optional.ofNullable(memory.get(impl));
  }
}
