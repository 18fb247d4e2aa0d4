package org.ilertmcp.server.tools.analysis.paging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ilert's escalation walk for one alert, without side effects: level 1 fires after the policy's
 * delay; a level that reaches nobody is skipped at once (it consumes no timeout); a reached level
 * waits its timeout before the next; repeating policies start over {@code frequency} times; a LOW
 * alert stops after the first level; when no level reaches anybody at an instant, ilert stops. Who
 * a level reaches is asked of {@link Reach} at the instant the level fires.
 */
final class PagingSimulation {
  /** Most steps simulated (levels x rounds); real policies stay far below. */
  static final int MAX_STEPS = 200;

  private PagingSimulation() {}

  /** A user reached by a level, and how (direct user, schedule or team). */
  record Target(long userId, String name, String via) {}

  /**
   * Who a level reaches at an instant.
   *
   * @param people the users reached, each once
   * @param unresolved sources that could not be read (the level may reach someone)
   * @param reason why nobody is reached, when {@code people} and {@code unresolved} are empty
   */
  record Reached(List<Target> people, List<String> unresolved, String reason) {
    boolean nobody() {
      return people.isEmpty() && unresolved.isEmpty();
    }
  }

  /** Answers who level {@code index} (0-based) reaches at {@code at}. */
  @FunctionalInterface
  interface Reach {
    Reached at(int index, Instant at);
  }

  /**
   * The policy's shape.
   *
   * @param timeouts minutes before the next level, one per level
   * @param repeating whether the policy starts over after the last level
   * @param frequency how many times it starts over
   * @param delayMin minutes before level 1
   */
  record Policy(List<Integer> timeouts, boolean repeating, int frequency, int delayMin) {
    int rounds() {
      return repeating ? frequency + 1 : 1;
    }

    /** The latest instant any level can fire (skips only make it earlier). */
    Instant horizon(Instant at) {
      long perRound = timeouts.stream().mapToLong(Integer::longValue).sum();
      return at.plus(Duration.ofMinutes(delayMin + perRound * rounds()));
    }
  }

  /**
   * One level firing.
   *
   * @param round 1 for the first pass, 2.. for repeats
   * @param index 0-based level
   */
  record Step(int round, int index, Instant firesAt, Reached reached) {}

  /**
   * What happens to an alert raised at {@code at}.
   *
   * @param steps the levels that fire, in order
   * @param stop why ilert stopped early, or null
   */
  record Outcome(List<Step> steps, String stop) {}

  static Outcome run(Policy policy, boolean high, Instant at, Reach reach) {
    int levels = policy.timeouts().size();
    List<Step> steps = new ArrayList<>();
    if (levels == 0) {
      return new Outcome(steps, "the policy has no levels, so nobody is paged");
    }
    Instant t = at.plus(Duration.ofMinutes(policy.delayMin()));
    int index = 0;
    int round = 1;
    while (steps.size() < MAX_STEPS) {
      if (!high && !steps.isEmpty()) {
        break;
      }
      if (index >= levels) {
        if (round >= policy.rounds()) {
          break;
        }
        round++;
        index = 0;
      }
      if (nobodyOnAnyLevel(levels, t, reach)) {
        return new Outcome(
            steps, "at " + t + " no level reaches anybody, so ilert stops escalating");
      }
      Reached reached = reach.at(index, t);
      steps.add(new Step(round, index, t, reached));
      if (!reached.nobody()) {
        boolean more = high && (index + 1 < levels || round < policy.rounds());
        if (!more) {
          break;
        }
        t = t.plus(Duration.ofMinutes(policy.timeouts().get(index)));
      }
      index++;
    }
    return new Outcome(steps, null);
  }

  private static boolean nobodyOnAnyLevel(int levels, Instant t, Reach reach) {
    for (int i = 0; i < levels; i++) {
      if (!reach.at(i, t).nobody()) {
        return false;
      }
    }
    return true;
  }
}
