package dev.stsviz.sim.controllers.statefulset;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The bytes Go's {@code json.Marshal} writes for a decoded {@code map[string]interface{}}: compact, object keys
 * sorted (byte order), strings escaped as {@code encoding/json} does with HTML escaping on ({@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 escaped; newline, return and tab as two characters, other control characters as
 * six-character u00XX escapes), numbers as float64 prints them.
 * A revision's hash is taken over these bytes, so they must be Go's, not Jackson's.
 */
final class GoJson {
    private static final char LINE_SEPARATOR = 0x2028;
    private static final char PARAGRAPH_SEPARATOR = 0x2029;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                keys.add(it.next());
            }
            // Go sorts map keys as byte strings: UTF-8 order, which for Java strings is code point order
            keys.sort(GoJson::compareUtf8);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(keys.get(i), out);
                out.append(':');
                write(node.get(keys.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.asText(), out);
        } else if (node.isBoolean()) {
            out.append(node.asBoolean());
        } else if (node.isNumber()) {
            number(node, out);
        } else {
            string(node.asText(), out);
        }
    }

    /** A number went through float64: integers print without a fraction, others in Go's shortest form. */
    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            out.append(node.asLong());
            return;
        }
        double d = node.asDouble();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            out.append(new java.math.BigDecimal(d).toPlainString());
        } else {
            out.append(Double.toString(d));
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                        out.append("\\u202").append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private GoJson() {
    }
}
