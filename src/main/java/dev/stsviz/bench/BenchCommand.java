package dev.stsviz.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code stsviz bench [--pods N] [--nodes M] [--quick] [--live] [--only F,...]}: prints one line per figure,
 * {@code name value unit  # target ...}, each the median of several runs after a warm-up; the first line is a
 * comment with the sizes used.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures simulator speed, state-update throughput, model build time, heap and (with hooks) frame times.")
public final class BenchCommand implements Callable<Integer> {
    public enum Part { sim, events, model, heap, history, live, frames }

    @Spec
    CommandSpec spec;

    @Option(names = "--pods", paramLabel = "N", description = "Pods in the synthetic cluster (default 20000; quick: 5000).")
    Integer pods;

    @Option(names = "--nodes", paramLabel = "M", description = "Nodes in the synthetic cluster (default 1000).")
    Integer nodes;

    @Option(names = "--quick", description = "Fewer runs and smaller sizes: under a minute.")
    boolean quick;

    @Option(names = "--live", description = "Run the live figures (fabric8 mock server): only on the test classpath, else n/a.")
    boolean live;

    @Option(names = "--only", split = ",", paramLabel = "PART", description = "Only these parts: ${COMPLETION-CANDIDATES}.")
    EnumSet<Part> only;

    @Override
    public Integer call() throws Exception {
        if ((pods != null && pods <= 0) || (nodes != null && nodes <= 0)) {
            spec.commandLine().getErr().println("stsviz bench: --pods and --nodes must be positive");
            return 2;
        }
        BenchConfig config = quick ? BenchConfig.quick(pods, nodes)
                : BenchConfig.full(pods == null ? 20_000 : pods, nodes == null ? 1000 : nodes);
        run(config, only == null ? EnumSet.allOf(Part.class) : only, live, spec.commandLine().getOut());
        return 0;
    }

    /** Runs the chosen parts, printing each line as soon as it is known; returns all figures. */
    public static List<Figure> run(BenchConfig config, EnumSet<Part> parts, boolean live, PrintWriter out) throws Exception {
        List<Figure> figures = new ArrayList<>();
        out.println(config.header());
        out.flush();
        // frames first: first_frame_ms is an app start, so nothing else may have loaded and warmed the classes before
        if (parts.contains(Part.frames)) {
            for (Figure f : new FrameFigures(config, FrameBenches.find()).run()) {
                emit(out, figures, f);
            }
        }
        if (parts.contains(Part.sim)) {
            new SimSpeedBench(config).run().forEach(f -> emit(out, figures, f));
        }
        SyntheticCluster cluster = parts.contains(Part.events) || parts.contains(Part.model)
                ? SyntheticCluster.build(config.pods(), config.nodes()) : null;
        if (parts.contains(Part.events)) {
            emit(out, figures, new EventThroughputBench(config, cluster).run());
        }
        if (parts.contains(Part.model)) {
            emit(out, figures, new ModelBuildBench(config, cluster).run());
        }
        cluster = null; // not in the heap figure's baseline
        if (parts.contains(Part.heap)) {
            emit(out, figures, new HeapBench(config).run());
        }
        if (parts.contains(Part.history)) {
            new HistoryBench(config).run().forEach(f -> emit(out, figures, f));
        }
        if (parts.contains(Part.live)) {
            for (Figure f : liveFigures(config, live)) {
                emit(out, figures, f);
            }
        }
        return figures;
    }

    private static List<Figure> liveFigures(BenchConfig config, boolean live) throws Exception {
        if (!live) {
            return LiveFigures.unavailable();
        }
        Class<?> type;
        try {
            type = Class.forName(LiveBench.IMPLEMENTATION);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return LiveFigures.unavailable();
        }
        LiveBench bench = (LiveBench) type.getDeclaredConstructor().newInstance();
        return bench.run(config);
    }

    private static void emit(PrintWriter out, List<Figure> figures, Figure figure) {
        figures.add(figure);
        out.println(figure.line());
        out.flush();
    }
}
