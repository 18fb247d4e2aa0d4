package org.ilertmcp.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.client.http.ExchangeException.Kind;

/**
 * One HTTP exchange on the JDK {@link HttpClient} that ends by its deadline whatever the server
 * does, and a client factory without the JDK's silent retry.
 *
 * <p>The JDK client sends a GET or HEAD a second time when the connection closes before the first
 * byte of the answer, and gives the second try a fresh request timeout: a server that hangs and
 * then drops the connection doubled the time a call took and the requests it received. Its only
 * switch is the system property {@value #RETRY_LIMIT_PROPERTY}, read once when the JDK first sends
 * a request; {@link #newClient} sets it to 1 (one attempt per exchange) unless the application set
 * it. Applications should call {@link #disableSilentRetry()} first thing in {@code main}, before
 * any other code sends an HTTP request. Retries are the caller's, counted and inside its deadline.
 *
 * <p>The request timeout of the JDK only covers the wait for the status line and headers; {@link
 * #send} also bounds the body, so a server that trickles its body cannot hold a call past its
 * deadline.
 */
public final class Exchanges {
  /** The JDK's limit of attempts per exchange (redirects and silent retries included). */
  public static final String RETRY_LIMIT_PROPERTY = "jdk.httpclient.redirects.retrylimit";

  private Exchanges() {}

  /**
   * Turns off the JDK client's silent second attempt for this JVM, unless the application chose a
   * limit itself. Takes effect only before the JVM's first HTTP request.
   */
  public static void disableSilentRetry() {
    if (System.getProperty(RETRY_LIMIT_PROPERTY) == null) {
      System.setProperty(RETRY_LIMIT_PROPERTY, "1");
    }
  }

  /**
   * A JDK client that never follows redirects (a credential must not travel to another host) and
   * makes one attempt per exchange.
   *
   * @param connectTimeout TCP/TLS connect timeout
   * @param version HTTP version preference
   * @return the client
   */
  public static HttpClient newClient(Duration connectTimeout, HttpClient.Version version) {
    disableSilentRetry();
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .version(version)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * {@link #newClient}, made on a daemon thread: making a JDK client loads and parses the trust
   * store for TLS, a good part of a process start, which a server need not wait for before it
   * answers its first message. {@link #ready} waits for it within a call's deadline.
   *
   * @param connectTimeout TCP/TLS connect timeout
   * @param version HTTP version preference
   * @return the client, when made
   */
  public static CompletableFuture<HttpClient> newClientInBackground(
      Duration connectTimeout, HttpClient.Version version) {
    CompletableFuture<HttpClient> client = new CompletableFuture<>();
    Thread maker =
        new Thread(
            () -> {
              try {
                client.complete(newClient(connectTimeout, version));
              } catch (RuntimeException | Error e) {
                client.completeExceptionally(e);
              }
            },
            "http-client-setup");
    maker.setDaemon(true);
    maker.start();
    return client;
  }

  /**
   * The client once made, waiting for it no longer than {@code deadline}.
   *
   * @param client the client being made
   * @param deadline the call's deadline
   * @return the client
   * @throws ExchangeException of kind {@link Kind#NOT_CONNECTED} (nothing was sent) when it is not
   *     ready by the deadline or could not be made
   */
  public static HttpClient ready(CompletableFuture<HttpClient> client, Deadline deadline)
      throws ExchangeException {
    try {
      return client.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ExchangeException(
          Kind.NOT_CONNECTED, 0, "the HTTP client was not ready by the call's deadline", e);
    } catch (ExecutionException e) {
      throw new ExchangeException(
          Kind.NOT_CONNECTED, 0, "the HTTP client could not be made", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExchangeException(Kind.INTERRUPTED, 0, "interrupted", e);
    }
  }

  /**
   * Sends {@code request} and reads the whole answer by {@code deadline}. While it waits, {@code
   * listener} hears of it once per its {@linkplain WaitListener#interval() interval}. At the
   * deadline the exchange is cancelled, which closes its connection.
   *
   * @param http the client
   * @param request the request (its own timeout should not exceed the deadline)
   * @param deadline when the answer must be complete
   * @param listener told while the answer is awaited
   * @return the response with its body
   * @throws ExchangeException when no complete response arrived
   */
  public static HttpResponse<byte[]> send(
      HttpClient http, HttpRequest request, Deadline deadline, WaitListener listener)
      throws ExchangeException {
    AtomicInteger status = new AtomicInteger();
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          status.set(info.statusCode());
          return HttpResponse.BodySubscribers.ofByteArray();
        };
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, handler);
    try {
      while (true) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
          future.cancel(true);
          throw new ExchangeException(
              Kind.TIMED_OUT, 0, "no complete answer by the call's deadline", null);
        }
        long slice = Math.min(left.toNanos(), Math.max(1, listener.interval().toNanos()));
        try {
          return future.get(slice, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (deadline.allows(Duration.ZERO)) {
            listener.waiting(
                WaitReason.RESPONSE, Duration.ofNanos(System.nanoTime() - start), left);
          }
        }
      }
    } catch (ExecutionException | CompletionException e) {
      throw classify(unwrap(e), status.get());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExchangeException(Kind.INTERRUPTED, 0, "interrupted", e);
    }
  }

  private static ExchangeException classify(Throwable cause, int status) {
    if (neverConnected(cause)) {
      return new ExchangeException(Kind.NOT_CONNECTED, 0, "connection failed", cause);
    }
    if (status > 0) {
      return new ExchangeException(Kind.TRUNCATED, status, "the answer was cut off", cause);
    }
    if (cause instanceof HttpTimeoutException) {
      return new ExchangeException(Kind.TIMED_OUT, 0, "no answer within the timeout", cause);
    }
    if (cause instanceof IOException) {
      return new ExchangeException(
          Kind.BROKEN, 0, "connection closed before an answer: " + simpleName(cause), cause);
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException("HTTP exchange failed", cause);
  }

  /** A connect failure, possibly wrapped in the JDK's "Too many retries" when retries are off. */
  private static boolean neverConnected(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof ExecutionException || cause instanceof CompletionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String simpleName(Throwable t) {
    return t.getClass().getSimpleName();
  }
}
