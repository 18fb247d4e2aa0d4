package org.ilertmcp.server.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Whether this instance should get traffic: not draining, and ilert answered the last check. The
 * check is an unauthenticated {@code GET} of an API path: any HTTP answer below 500 (ilert says
 * 401) proves ilert is reachable; a 5xx, a timeout or a refused connection does not. Checks run on
 * demand, at most once per {@link #CHECK_INTERVAL}, so probes stay cheap and nothing polls ilert
 * when nobody asks.
 */
public final class Readiness {
  /** How long a check's answer is reused. */
  public static final Duration CHECK_INTERVAL = Duration.ofSeconds(10);

  /** How long one check may take. */
  public static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

  /** The answer of {@code /readyz}: ready, or why not. */
  public record Status(boolean ready, String reason) {}

  private final URI probe;
  private final HttpClient http;
  private final LongSupplier nanoClock;
  private final Duration checkTimeout;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final ReentrantLock checking = new ReentrantLock();
  private volatile Status last;
  private volatile long lastAt;

  /** Checks ilert at {@code ilertBaseUrl} (ending in {@code /api}). */
  public Readiness(URI ilertBaseUrl) {
    this(ilertBaseUrl, System::nanoTime);
  }

  Readiness(URI ilertBaseUrl, LongSupplier nanoClock) {
    this(ilertBaseUrl, nanoClock, CHECK_TIMEOUT);
  }

  /** With another bound on one check (tests on a loaded machine). */
  Readiness(URI ilertBaseUrl, LongSupplier nanoClock, Duration checkTimeout) {
    this.checkTimeout = checkTimeout;
    String base = ilertBaseUrl.toString();
    this.probe = URI.create((base.endsWith("/") ? base : base + "/") + "users/current");
    this.http = HttpClient.newBuilder().connectTimeout(checkTimeout).build();
    this.nanoClock = nanoClock;
  }

  /** From now on this instance reports not ready, so balancers stop sending it new requests. */
  public void drain() {
    draining.set(true);
  }

  public boolean draining() {
    return draining.get();
  }

  /**
   * Ready, or the reason it is not; checks ilert when the last answer is older than the interval.
   */
  public Status status() {
    if (draining.get()) {
      return new Status(false, "draining: the server is shutting down");
    }
    Status cached = last;
    if (cached != null && nanoClock.getAsLong() - lastAt < CHECK_INTERVAL.toNanos()) {
      return cached;
    }
    if (!checking.tryLock()) {
      return cached != null ? cached : new Status(false, "checking ilert");
    }
    try {
      Status fresh = check();
      last = fresh;
      lastAt = nanoClock.getAsLong();
      return fresh;
    } finally {
      checking.unlock();
    }
  }

  private Status check() {
    HttpRequest request =
        HttpRequest.newBuilder(probe)
            .timeout(checkTimeout)
            .header("Accept", "application/json")
            .GET()
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status < 500
          ? new Status(true, "ilert reachable")
          : new Status(false, "ilert answered HTTP " + status);
    } catch (java.net.http.HttpTimeoutException e) {
      return new Status(false, "ilert did not answer within " + checkTimeout.toSeconds() + " s");
    } catch (java.io.IOException e) {
      return new Status(false, "ilert unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Status(false, "interrupted while checking ilert");
    }
  }
}
