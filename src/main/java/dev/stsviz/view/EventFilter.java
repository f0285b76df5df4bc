package dev.stsviz.view;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which events rows to show: every whitespace-separated term of the filter text must occur (case-insensitively)
 * in the type, reason, object or message, and with "warnings only" the type must be Warning.
 */
record EventFilter(List<String> terms, boolean warningsOnly) implements Predicate<EventRow> {

    static EventFilter of(String text, boolean warningsOnly) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<String> terms = lower.isEmpty() ? List.of() : Arrays.asList(lower.split("\\s+"));
        return new EventFilter(List.copyOf(terms), warningsOnly);
    }

    @Override
    public boolean test(EventRow row) {
        if (warningsOnly && !row.isWarning()) {
            return false;
        }
        String haystack = row.searchText();
        return terms.stream().allMatch(haystack::contains);
    }
}
