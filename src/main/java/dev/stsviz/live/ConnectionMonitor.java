package dev.stsviz.live;

import dev.stsviz.live.errors.ErrorText;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.HttpRequest;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Notices a lost API server within seconds, which informers do not: a stopped server only makes their watches
 * retry quietly, and a connection that silently stops answering keeps a watch "open" forever. Every
 * {@link #PERIOD} it sends a cheap request ({@code GET /version}); any HTTP answer, whatever its status, means
 * the server is there; an I/O error or no answer within {@link #TIMEOUT} means it is lost. When it answers again
 * after a loss, {@code onRecovered} runs (the source then relists everything).
 */
final class ConnectionMonitor implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(2);
    static final Duration TIMEOUT = Duration.ofSeconds(4);

    private final KubernetesClient client;
    private final Clock clock;
    private final Runnable onRecovered;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stsviz-connection-monitor");
        t.setDaemon(true);
        return t;
    });
    private volatile Instant lostAt;
    private volatile String lastError;

    ConnectionMonitor(KubernetesClient client, Clock clock, Runnable onRecovered) {
        this.client = client;
        this.clock = clock;
        this.onRecovered = onRecovered;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::probe, PERIOD.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the connection was lost, or null while the server answers. */
    Instant lostAt() {
        return lostAt;
    }

    String lastError() {
        return lastError;
    }

    private void probe() {
        String failure = failureOfOneRequest();
        if (failure != null) {
            lastError = failure;
            if (lostAt == null) {
                lostAt = clock.instant();
            }
            return;
        }
        if (lostAt != null) {
            lostAt = null;
            lastError = null;
            onRecovered.run();
        }
    }

    /** Null when the server answered; else what went wrong, in one line. */
    private String failureOfOneRequest() {
        HttpClient http = client.getHttpClient();
        CompletableFuture<?> reply = null;
        try {
            HttpRequest request = http.newHttpRequestBuilder().uri(URI.create(versionUrl())).build();
            reply = http.sendAsync(request, String.class);
            reply.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            reply.cancel(true);
            return "no answer from " + client.getMasterUrl().getHost() + ":" + client.getMasterUrl().getPort()
                    + " within " + TIMEOUT.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return ErrorText.of(e.getCause() == null ? e : e.getCause());
        }
    }

    private String versionUrl() {
        String base = client.getMasterUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + "version";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
