package dev.stsviz.cluster.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatHelpersTest {

    @Test
    void accessModesUseAFixedOrderAndDropDuplicates() {
        assertThat(AccessModes.abbreviate(List.of("ReadWriteOnce"))).isEqualTo("RWO");
        assertThat(AccessModes.abbreviate(List.of("ReadOnlyMany"))).isEqualTo("ROX");
        assertThat(AccessModes.abbreviate(List.of("ReadWriteMany"))).isEqualTo("RWX");
        assertThat(AccessModes.abbreviate(List.of("ReadWriteOncePod"))).isEqualTo("RWOP");
        assertThat(AccessModes.abbreviate(List.of("ReadWriteOncePod", "ReadWriteMany", "ReadOnlyMany", "ReadWriteOnce",
                "ReadWriteOnce"))).isEqualTo("RWO,ROX,RWX,RWOP");
        assertThat(AccessModes.abbreviate(List.of())).isEmpty();
        assertThat(AccessModes.abbreviate(null)).isEmpty();
        assertThat(AccessModes.abbreviate(List.of("SomethingNew"))).isEmpty();
    }

    @Test
    void labelsAreSortedByKey() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("tier", "db");
        labels.put("app", "kubia");
        assertThat(LabelFormat.format(labels)).isEqualTo("app=kubia,tier=db");
        assertThat(LabelFormat.format(Map.of("app", "kubia"))).isEqualTo("app=kubia");
        assertThat(LabelFormat.format(Map.of())).isEqualTo("<none>");
        assertThat(LabelFormat.format(null)).isEqualTo("<none>");
    }
}
