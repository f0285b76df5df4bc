package dev.stsviz.cluster.print;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Port of {@code helper.GetAccessModesAsString} ({@code pkg/apis/core/helper/helpers.go}), used by
 * the PV and PVC printers: abbreviations in a fixed order (RWO, ROX, RWX, RWOP), duplicates and
 * unknown modes dropped, joined by ",".
 */
public final class AccessModes {

    private AccessModes() {
    }

    public static String abbreviate(Collection<String> modes) {
        Collection<String> m = modes == null ? List.of() : modes;
        List<String> out = new ArrayList<>(4);
        if (m.contains("ReadWriteOnce")) {
            out.add("RWO");
        }
        if (m.contains("ReadOnlyMany")) {
            out.add("ROX");
        }
        if (m.contains("ReadWriteMany")) {
            out.add("RWX");
        }
        if (m.contains("ReadWriteOncePod")) {
            out.add("RWOP");
        }
        return String.join(",", out);
    }
}
