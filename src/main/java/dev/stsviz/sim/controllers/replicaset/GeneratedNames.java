package dev.stsviz.sim.controllers.replicaset;

import java.util.Random;

/**
 * The API server's {@code names.SimpleNameGenerator} for {@code metadata.generateName}: the base, cut to 58 characters,
 * plus {@code utilrand.String(5)} ({@code k8s.io/apimachinery/pkg/util/rand}), five characters from an alphabet without
 * vowels or look-alikes, drawn five bits at a time from 63-bit random numbers.
 */
final class GeneratedNames {
    static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";
    private static final int RANDOM_LENGTH = 5;
    private static final int MAX_GENERATED_NAME_LENGTH = 63 - RANDOM_LENGTH;
    private static final int IDX_BITS = 5;
    private static final long IDX_MASK = (1L << IDX_BITS) - 1;
    private static final int MAX_PER_INT63 = 63 / IDX_BITS;

    /** SimpleNameGenerator.GenerateName. */
    static String generate(String base, Random random) {
        String prefix = base.length() > MAX_GENERATED_NAME_LENGTH ? base.substring(0, MAX_GENERATED_NAME_LENGTH) : base;
        return prefix + randomString(RANDOM_LENGTH, random);
    }

    /** utilrand.String: index bits that fall outside the 27-letter alphabet are skipped, not folded (no bias). */
    static String randomString(int n, Random random) {
        StringBuilder b = new StringBuilder(n);
        long int63 = random.nextLong() >>> 1;
        int remaining = MAX_PER_INT63;
        while (b.length() < n) {
            if (remaining == 0) {
                int63 = random.nextLong() >>> 1;
                remaining = MAX_PER_INT63;
            }
            int idx = (int) (int63 & IDX_MASK);
            if (idx < ALPHANUMS.length()) {
                b.append(ALPHANUMS.charAt(idx));
            }
            int63 >>>= IDX_BITS;
            remaining--;
        }
        return b.toString();
    }

    private GeneratedNames() {
    }
}
