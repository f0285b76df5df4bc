package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.print.GoZero.list;
import static dev.stsviz.cluster.describe.Go.num;
import static dev.stsviz.cluster.print.GoZero.num;
import static dev.stsviz.cluster.print.GoZero.str;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;

import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * describe.go's {@code describeTopologySpreadConstraints}: sorted by topology key, e.g.
 * "zone:DoNotSchedule when max skew 1 is exceeded for selector app=kubia". {@code FormatLabelSelector}
 * is {@link Selectors#format} with "&lt;none&gt;" for an empty selector.
 */
final class TopologySpread {

    private TopologySpread() {
    }

    static void describe(PrefixWriter w, List<TopologySpreadConstraint> constraints, String space) {
        if (list(constraints).isEmpty()) {
            return;
        }
        List<TopologySpreadConstraint> sorted = new ArrayList<>(constraints);
        sorted.sort(Comparator.comparing(c -> str(c.getTopologyKey())));
        w.write(LEVEL_0, space + "Topology Spread Constraints:\t");
        for (int i = 0; i < sorted.size(); i++) {
            TopologySpreadConstraint c = sorted.get(i);
            if (i != 0) {
                w.write(LEVEL_0, space);
                w.write(LEVEL_0, "\t");
            }
            String line = str(c.getTopologyKey()) + ":" + str(c.getWhenUnsatisfiable()) + " when max skew "
                    + num(c.getMaxSkew()) + " is exceeded";
            if (c.getLabelSelector() != null) {
                String selector = Selectors.format(c.getLabelSelector());
                line += " for selector " + (selector.isEmpty() ? "<none>" : selector);
            }
            w.write(LEVEL_0, line + "\n");
        }
    }
}
