package dev.stsviz.cluster.print;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;

/**
 * CAPACITY cells: kubectl prints {@code resourceList[storage].String()}. A missing entry is Go's
 * zero Quantity, whose String() is "0". fabric8 keeps the quantity as written (amount + suffix),
 * which is what a real API server returns, since it serialises quantities in canonical form.
 */
final class Quantities {

    static final String STORAGE = "storage";

    private Quantities() {
    }

    static String storage(Map<String, Quantity> resources) {
        Quantity q = resources == null ? null : resources.get(STORAGE);
        if (q == null || q.getAmount() == null || q.getAmount().isEmpty()) {
            return "0";
        }
        return q.getAmount() + (q.getFormat() == null ? "" : q.getFormat());
    }
}
