package dev.stsviz.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each command's block starts in the console transcript ({@code "$ command"} and its output), by character
 * offset, so that the block being read can be named: the one holding the first character in view.
 */
final class CommandHeaders {
    private record Block(int start, String header) {
    }

    private final List<Block> blocks = new ArrayList<>();

    /** A block appended at this offset of the transcript. */
    void add(int start, String header) {
        blocks.add(new Block(start, header));
    }

    /** The transcript lost its first {@code chars} characters: blocks move up; those wholly gone are dropped. */
    void cut(int chars) {
        List<Block> moved = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            int nextStart = i + 1 < blocks.size() ? blocks.get(i + 1).start() - chars : Integer.MAX_VALUE;
            if (nextStart > 0) {
                moved.add(new Block(blocks.get(i).start() - chars, blocks.get(i).header()));
            }
        }
        blocks.clear();
        blocks.addAll(moved);
    }

    void clear() {
        blocks.clear();
    }

    /** The header of the block holding this character, or null before the first block. */
    String headerAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? null : blocks.get(i).header();
    }

    /** Where the block holding this character starts (its header line), or -1 before the first block. */
    int startAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? -1 : blocks.get(i).start();
    }

    private int indexAt(int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        int found = -1;
        while (low <= high) { // the last block starting at or before the offset
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
