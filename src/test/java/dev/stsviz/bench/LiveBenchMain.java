package dev.stsviz.bench;

import java.io.PrintWriter;
import java.util.EnumSet;

/**
 * Runs the live figures on the test classpath: {@code ./mvnw -B -q -Pbench test-compile exec:java}
 * (args via {@code -Dexec.args="quick"}: {@code quick}, {@code pods N}, {@code all} for every figure, live included; leading dashes optional).
 * {@code live-sync [pods N] [runs R] [nodes N] [max-pods M] [setup-minutes T] [sync-minutes T] [reuse] [keep]} runs
 * {@link LiveSyncBench} instead:
 * {@code live_sync_ms_5k} on a real control plane it starts and stops itself (bench only; needs control-plane.sh,
 * found through {@code $STSVIZ_K8S_DIR}, default {@code ../shared/k8s}).
 */
public final class LiveBenchMain {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].replaceFirst("^--", "").equals("live-sync")) {
            LiveSyncBench.main(java.util.Arrays.copyOfRange(args, 1, args.length)); // exits
            return;
        }
        boolean quick = false;
        boolean all = false;
        Integer pods = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i].replaceFirst("^--", "")) {
                case "quick" -> quick = true;
                case "all" -> all = true;
                case "pods" -> pods = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i] + " (--quick, --all, --pods N, or live-sync ...)");
            }
        }
        BenchConfig base = quick ? BenchConfig.quick(null, null) : BenchConfig.full(20_000, 1000);
        BenchConfig config = pods == null ? base : new BenchConfig(base.pods(), base.nodes(), base.warmups(), base.runs(),
                base.simReplicas(), base.simNodes(), base.simVirtual(), base.batchSize(), base.batches(), pods);
        PrintWriter out = new PrintWriter(System.out, true);
        BenchCommand.run(config, all ? EnumSet.allOf(BenchCommand.Part.class) : EnumSet.of(BenchCommand.Part.live), true, out);
        out.flush();
        System.exit(0); // informer and OkHttp threads must not keep exec:java waiting
    }

    private LiveBenchMain() {
    }
}
