package dev.stsviz.cluster.describe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Behaviour of Go's text/tabwriter with minwidth 0, padding 2, space padding, no flags. */
class GoTabWriterTest {

    @Test
    void padsTabTerminatedCellsToTheWidestPlusTwo() {
        assertThat(GoTabWriter.format("a:\tx\nlonger:\ty\n")).isEqualTo("a:       x\nlonger:  y\n");
    }

    @Test
    void aLineWithoutATabEndsTheBlock() {
        assertThat(GoTabWriter.format("a:\tx\nheader:\nvery-long-key:\ty\nb:\tz\n"))
                .isEqualTo("a:  x\nheader:\nvery-long-key:  y\nb:              z\n");
    }

    @Test
    void theLastCellIsNotAlignedAndKeepsTrailingSpaces() {
        assertThat(GoTabWriter.format("k \tTrue \nkey \tFalse \n")).isEqualTo("k     True \nkey   False \n");
    }

    @Test
    void anEmptyTrailingCellStillPadsTheCellBeforeIt() {
        assertThat(GoTabWriter.format("Volume:\t\nStatus:\tBound\n")).isEqualTo("Volume:  \nStatus:  Bound\n");
    }

    @Test
    void innerColumnsFormBlocksWithinTheOuterBlock() {
        // column 1 exists only on the last two lines, so only they are aligned on it
        String in = "Pods:\t(2 in total)\n  ns\tname\tage\n  default\tkubia-0\t9m\n";
        assertThat(GoTabWriter.format(in))
                .isEqualTo("Pods:      (2 in total)\n  ns       name     age\n  default  kubia-0  9m\n");
    }

    @Test
    void emptyColumnsAreTwoWide() {
        assertThat(GoTabWriter.format("a\t\tb\nccc\t\td\n")).isEqualTo("a      b\nccc    d\n");
    }

    @Test
    void widthsCountRunesAndUnterminatedTextPassesThrough() {
        assertThat(GoTabWriter.format("é:\tx\nab:\ty")).isEqualTo("é:   x\nab:  y");
        assertThat(GoTabWriter.format("")).isEmpty();
    }
}
