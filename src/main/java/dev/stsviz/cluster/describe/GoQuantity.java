package dev.stsviz.cluster.describe;

import dev.stsviz.cluster.print.GoZero;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The parts of apimachinery's {@code resource.Quantity} describe.go relies on: {@code String()} (the
 * canonical form, e.g. "1.5Gi" prints "1536Mi" and "0.5" prints "500m"), {@code Add} (the sum keeps the
 * receiver's format), {@code Cmp}, {@code Value} and {@code MilliValue} (both round up).
 *
 * @param value  the exact amount, rounded up to nano precision as {@code ParseQuantity} does
 * @param format the suffix family the quantity was written in
 */
record GoQuantity(BigDecimal value, Format format) {

    /** {@code resource.Format}. */
    enum Format { DECIMAL_SI, BINARY_SI, DECIMAL_EXPONENT }

    /** Go's zero {@code Quantity}, what a missing map entry reads as; prints "0". */
    static final GoQuantity ZERO = new GoQuantity(BigDecimal.ZERO, Format.DECIMAL_SI);

    private static final BigInteger TEN = BigInteger.TEN;
    private static final BigInteger K1024 = BigInteger.valueOf(1024);
    private static final Map<Integer, String> DECIMAL_SUFFIXES = Map.of(
            -9, "n", -6, "u", -3, "m", 0, "", 3, "k", 6, "M", 9, "G", 12, "T", 15, "P", 18, "E");
    private static final String[] BINARY_SUFFIXES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};

    /** The quantity a fabric8 {@link Quantity} holds; null or empty is the zero quantity. */
    static GoQuantity of(Quantity q) {
        if (q == null || q.getAmount() == null || q.getAmount().isBlank()) {
            return ZERO;
        }
        BigDecimal v = q.getNumericalAmount();
        if (v.scale() > 9) {
            v = v.setScale(9, RoundingMode.CEILING);
        }
        return new GoQuantity(v, formatOf(GoZero.str(q.getFormat())));
    }

    static GoQuantity parse(String s) {
        return of(new Quantity(s));
    }

    /** {@code ResourceList[name]}: the entry, or the zero quantity. */
    static GoQuantity get(Map<String, Quantity> list, String name) {
        return of(list == null ? null : list.get(name));
    }

    /** {@code q.Add(y)}: the sum, in q's format. */
    GoQuantity add(GoQuantity y) {
        return new GoQuantity(value.add(y.value), format);
    }

    /** {@code q.Cmp(y)}. */
    int cmp(GoQuantity y) {
        return value.compareTo(y.value);
    }

    boolean isZero() {
        return value.signum() == 0;
    }

    /** {@code Value()}: rounded up to an integer. */
    long goValue() {
        return value.setScale(0, RoundingMode.CEILING).longValue();
    }

    /** {@code MilliValue()}: thousandths, rounded up. */
    long milliValue() {
        return value.movePointRight(3).setScale(0, RoundingMode.CEILING).longValue();
    }

    /** {@code String()}: the canonical representation ({@code CanonicalizeBytes}). */
    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        Format f = format;
        if (f == Format.BINARY_SI) {
            boolean small = value.abs().compareTo(BigDecimal.valueOf(1024)) < 0;
            boolean integral = value.stripTrailingZeros().scale() <= 0;
            if (small || !integral) {
                f = Format.DECIMAL_SI; // avoids rounding, as Go does
            }
        }
        if (f == Format.BINARY_SI) {
            BigInteger amount = value.toBigIntegerExact();
            int exponent = 0;
            while (amount.mod(K1024).signum() == 0) {
                amount = amount.divide(K1024);
                exponent++;
            }
            return amount + (exponent < BINARY_SUFFIXES.length ? BINARY_SUFFIXES[exponent] : "");
        }
        // mantissa * 10^exponent with all factors of 10 moved into the exponent, then the exponent
        // lowered to a multiple of 3
        BigDecimal stripped = value.stripTrailingZeros();
        BigInteger amount = stripped.unscaledValue();
        int exponent = -stripped.scale();
        int extra = Math.floorMod(exponent, 3);
        amount = amount.multiply(TEN.pow(extra));
        exponent -= extra;
        if (f == Format.DECIMAL_EXPONENT) {
            return amount + (exponent == 0 ? "" : "e" + exponent);
        }
        return amount + DECIMAL_SUFFIXES.getOrDefault(exponent, "");
    }

    private static Format formatOf(String suffix) {
        if (suffix.endsWith("i")) {
            return Format.BINARY_SI;
        }
        if (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')) {
            return Format.DECIMAL_EXPONENT;
        }
        return Format.DECIMAL_SI;
    }
}
