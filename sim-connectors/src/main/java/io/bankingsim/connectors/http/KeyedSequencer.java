package io.bankingsim.connectors.http;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks in submission order per key, and concurrently across keys: a task
 * starts once every earlier task sharing one of its keys has finished. The connector keys each
 * event by its customer and accounts, so a customer exists in Nexum before its accounts, an
 * account before its payments, and every account and customer sees its events in virtual-time
 * order, which makes the backends' balances and decisions the same as in a serial run.
 *
 * <p>{@link #run} is called from one thread (the engine's); tasks complete on any thread. Keys
 * are forgotten when their last task finishes, so memory follows what is in flight.
 */
final class KeyedSequencer {

    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /** Starts {@code task} after the earlier tasks of {@code keys}; its failure does not block later ones. */
    <T> CompletableFuture<T> run(List<String> keys, Supplier<CompletableFuture<T>> task) {
        CompletableFuture<Void> ready = DONE;
        int waiting = 0;
        CompletableFuture<?>[] before = new CompletableFuture<?>[keys.size()];
        for (String key : keys) {
            CompletableFuture<Void> tail = tails.get(key);
            if (tail != null && !tail.isDone()) {
                before[waiting++] = tail;
            }
        }
        if (waiting == 1) {
            ready = before[0].thenApply(v -> null);
        } else if (waiting > 1) {
            ready = CompletableFuture.allOf(java.util.Arrays.copyOf(before, waiting));
        }
        CompletableFuture<T> result = ready.thenCompose(v -> task.get());
        CompletableFuture<Void> done = result.handle((r, e) -> null);
        for (String key : keys) {
            tails.put(key, done);
        }
        done.whenComplete((r, e) -> {
            for (String key : keys) {
                tails.remove(key, done);
            }
        });
        return result;
    }

    /** Keys with a task still running (for tests). */
    int activeKeys() {
        return tails.size();
    }
}
