package dev.stsviz.sim.controllers;

import dev.stsviz.sim.context.SimContext;

import java.util.List;

/**
 * API requests a controller sends one after another within one sync, as its Go code does: a request that writes
 * takes a round trip ({@code apiRoundTrip}) before the next one is sent, so a watcher sees each write at its own
 * instant and the states in between, as kubectl does on a real cluster. Each request reads the objects it needs
 * when it is sent, since they may have changed meanwhile.
 */
final class RequestSequence {
    /** One request; answers whether it wrote (a request with nothing to change sends nothing and takes no time). */
    interface Request {
        boolean send();
    }

    private RequestSequence() {
    }

    /** Sends {@code requests} in order from now on, then runs {@code done} right after the last write. */
    static void send(SimContext ctx, int priority, String label, List<Request> requests, Runnable done) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).send() && i + 1 < requests.size()) {
                List<Request> rest = List.copyOf(requests.subList(i + 1, requests.size()));
                ctx.engine().schedule(ctx.timings().apiRoundTrip, priority, label, () -> send(ctx, priority, label, rest, done));
                return;
            }
        }
        done.run();
    }
}
