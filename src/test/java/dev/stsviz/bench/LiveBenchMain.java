package dev.stsviz.bench;

import java.io.PrintWriter;
import java.util.EnumSet;

/**
 * Runs the live figures on the test classpath: {@code ./mvnw -B -q -Pbench test-compile exec:java}
 * (args via {@code -Dexec.args="quick"}: {@code quick}, {@code pods N}, {@code all} for every figure, live included; leading dashes optional).
 */
public final class LiveBenchMain {
    public static void main(String[] args) throws Exception {
        boolean quick = false;
        boolean all = false;
        Integer pods = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i].replaceFirst("^--", "")) {
                case "quick" -> quick = true;
                case "all" -> all = true;
                case "pods" -> pods = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i] + " (--quick, --all, --pods N)");
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
