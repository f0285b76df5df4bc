package dev.stsviz.view;

/**
 * Which bus line of the storage row lies above which. A link comes down its lane to its bus line and leaves it down
 * into its claim; two links whose bus lines overlap cross unless the one whose lane (coming from above) falls inside
 * the other's run lies above it, and the one whose drop (going down) falls inside the other's run lies below it.
 * The StatefulSet's links, each under its own pod's column, always agree with "the later link lies above"; a shared
 * claim's links run across other columns, so their pairs are decided by those two rules (where the rules disagree a
 * crossing cannot be avoided, and the later link lies above). Levels count from the top line (0).
 */
final class BusLevels {
    static final int NONE = 0;
    static final int FIRST_ABOVE = 1;
    static final int SECOND_ABOVE = 2;

    /** For links j &lt; k: {@link #NONE} when their bus lines do not overlap, else which one lies above. */
    interface Pairs {
        int relation(int j, int k);
    }

    private BusLevels() {
    }

    static boolean overlap(double laneA, double dropA, double laneB, double dropB, double margin) {
        return Math.min(laneB, dropB) <= Math.max(laneA, dropA) + margin && Math.min(laneA, dropA) <= Math.max(laneB, dropB) + margin;
    }

    /** For overlapping links a (earlier) and b (later): which lies above; {@code byRules} false: the later one. */
    static int above(double laneA, double dropA, double laneB, double dropB, boolean byRules) {
        if (!byRules) {
            return SECOND_ABOVE;
        }
        int bAbove = 0;
        int aAbove = 0;
        bAbove += within(laneB, laneA, dropA) ? 1 : 0; // b's lane comes down through a's run: b's line must end above it
        aAbove += within(dropB, laneA, dropA) ? 1 : 0; // b's drop goes down through a's run: b's line must start below it
        aAbove += within(laneA, laneB, dropB) ? 1 : 0;
        bAbove += within(dropA, laneB, dropB) ? 1 : 0;
        return aAbove > bAbove ? FIRST_ABOVE : SECOND_ABOVE;
    }

    private static boolean within(double x, double from, double to) {
        return x > Math.min(from, to) && x < Math.max(from, to);
    }

    /** Each link's level: one below the lowest of the overlapping links above it (a cycle is cut where it closes). */
    static int[] of(int n, Pairs pairs) {
        boolean[][] above = new boolean[n][n]; // above[a][b]: a lies above b
        for (int j = 0; j < n; j++) {
            for (int k = j + 1; k < n; k++) {
                int r = pairs.relation(j, k);
                if (r == FIRST_ABOVE) {
                    above[j][k] = true;
                } else if (r == SECOND_ABOVE) {
                    above[k][j] = true;
                }
            }
        }
        int[] level = new int[n];
        int[] state = new int[n]; // 0 new, 1 on the path, 2 done
        for (int i = n - 1; i >= 0; i--) {
            visit(i, above, level, state);
        }
        return level;
    }

    private static void visit(int x, boolean[][] above, int[] level, int[] state) {
        if (state[x] != 0) {
            return;
        }
        state[x] = 1;
        int l = 0;
        for (int y = above.length - 1; y >= 0; y--) {
            if (above[y][x] && state[y] != 1) {
                visit(y, above, level, state);
                l = Math.max(l, level[y] + 1);
            }
        }
        level[x] = l;
        state[x] = 2;
    }
}
