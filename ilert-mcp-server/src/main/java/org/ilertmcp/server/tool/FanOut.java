package org.ilertmcp.server.tool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.server.tool.output.Shape;

/**
 * The independent ilert reads of one analysis call, run concurrently within the call's deadline.
 *
 * <p>At most {@link #PARALLEL} reads of one call run at once, on threads of that call; the client's
 * per-key rate limiter still meters every request. Each finished read is reported as progress. A
 * read that fails or does not finish by the deadline leaves its {@link Part} empty and adds an
 * entry to {@link #missing()}, so the tool returns a partial result that says what is missing. When
 * the client cancels, every running read is interrupted and {@link #await()} throws {@link
 * CancelledException}. Use in a try-with-resources block.
 */
public final class FanOut implements AutoCloseable {
  /** Most reads of one call in flight at once. */
  public static final int PARALLEL = 6;

  private static final AtomicInteger THREAD_IDS = new AtomicInteger();

  private final IlertCall call;
  private final ExecutorService pool;
  private final List<Part<?>> pending = new ArrayList<>();
  private final List<Missing> missing = new ArrayList<>();
  private int added;
  private int finished;

  public FanOut(IlertCall call) {
    this.call = call;
    this.pool = Executors.newFixedThreadPool(PARALLEL, threads());
    call.request().onCancel(pool::shutdownNow);
  }

  /**
   * Starts one read.
   *
   * @param section what the read is for, as named in the result (e.g. {@code "on_call_now"})
   * @param read the ilert read; an {@link IlertApiException} makes the part missing
   */
  public <T> Part<T> add(String section, Callable<T> read) {
    call.request().throwIfCancelled();
    Part<T> part = new Part<>(section, pool.submit(read));
    pending.add(part);
    added++;
    return part;
  }

  /** Waits for every read started so far, until the call's deadline. */
  public void await() {
    for (Part<?> part : pending) {
      part.settle(call.timeLeft(), this);
      // A cancel interrupts the reads, which then fail: stop here rather than report them missing.
      call.request().throwIfCancelled();
      finished++;
      call.request().progress(finished, (double) added, part.section + " read");
    }
    pending.clear();
  }

  /** A section of the result that could not be read, and why. */
  public record Missing(String section, String reason) {}

  /** How a result lists what is missing ({@code missing}: section and reason). */
  public static final Shape<Missing> MISSING =
      Shape.<Missing>object()
          .string("section", Missing::section)
          .string("reason", Missing::reason)
          .build();

  /**
   * What could not be read, in the order found; empty when the result is complete. Tools put it in
   * their result as {@code missing} ({@link #MISSING}).
   */
  public List<Missing> missing() {
    return List.copyOf(missing);
  }

  /** Records a section the tool itself could not complete (e.g. a cap was reached). */
  public void markMissing(String section, String reason) {
    missing.add(new Missing(section, reason));
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory threads() {
    return r -> {
      Thread t = new Thread(r, "ilert-fanout-" + THREAD_IDS.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The outcome of one read: its value, or empty when it failed or ran out of time. */
  public static final class Part<T> {
    private final String section;
    private final Future<T> future;
    private volatile T value;
    private volatile boolean settled;

    private Part(String section, Future<T> future) {
      this.section = section;
      this.future = future;
    }

    /** The value; empty if the read failed (see {@link FanOut#missing()}). */
    public Optional<T> value() {
      if (!settled) {
        throw new IllegalStateException("await() the fan-out before reading " + section);
      }
      return Optional.ofNullable(value);
    }

    /** The value, or {@code fallback} if the read failed. */
    public T orElse(T fallback) {
      return value().orElse(fallback);
    }

    private void settle(Duration wait, FanOut owner) {
      try {
        value = future.get(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        owner.markMissing(section, "not read within the call's deadline; retry or narrow it");
      } catch (CancellationException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        owner.call.request().throwIfCancelled();
        throw new CancelledException();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IlertApiException api) {
          owner.markMissing(section, ErrorMapper.readFailure(api));
        } else if (e.getCause() instanceof RuntimeException bug) {
          throw bug;
        } else {
          throw new IllegalStateException("read of " + section + " failed", e.getCause());
        }
      } finally {
        settled = true;
      }
    }
  }
}
