package dev.stsviz.cluster.describe;

import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_0;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_1;
import static dev.stsviz.cluster.describe.PrefixWriter.LEVEL_2;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixWriterTest {

    @Test
    void twoSpacesPerLevelOnlyAtTheStartOfEachWrite() {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Volumes:\n");
        w.write(LEVEL_1, "data:\n");
        w.write(LEVEL_2, "Type:\tPVC\n    ClaimName:\tdata-0\n");

        assertThat(w.render()).isEqualTo("Volumes:\n  data:\n    Type:       PVC\n    ClaimName:  data-0\n");
    }

    @Test
    void writeLineHasNoPrefixExceptInANestedWriter() {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Labels:\t");
        w.writeLine("<none>");
        PrefixWriter nested = w.nested(LEVEL_2);
        nested.write(LEVEL_0, "Labels:\t");
        nested.writeLine("<none>");

        // NewNestedPrefixWriter's WriteLine goes through Write, so the value gets the prefix too
        assertThat(w.render()).isEqualTo("Labels:      <none>\n    Labels:      <none>\n");
    }

    @Test
    void terminalControlCharactersAreEscaped() {
        PrefixWriter w = new PrefixWriter();
        w.write(LEVEL_0, "Message:\tred \u001b[31m\r\n");

        assertThat(w.render()).isEqualTo("Message:  red ^[[31m\\r\n");
    }
}
