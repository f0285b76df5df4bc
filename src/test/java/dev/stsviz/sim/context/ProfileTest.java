package dev.stsviz.sim.context;

import dev.stsviz.sim.context.Profile.Capability;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileTest {
    @Test
    void theModernProfileHasEveryCapabilityAndTheBookNone() {
        assertThat(Arrays.stream(Capability.values()).filter(Profile.MODERN::has)).containsExactly(Capability.values());
        assertThat(Arrays.stream(Capability.values()).filter(Profile.BOOK::has)).isEmpty();
    }

    @Test
    void profilesParseByIdIgnoringCaseAndRefuseOthers() {
        assertThat(Profile.parse("Book")).isEqualTo(Profile.BOOK);
        assertThat(Profile.parse("modern")).isEqualTo(Profile.MODERN);
        assertThatThrownBy(() -> Profile.parse("1.19")).hasMessage("unknown profile \"1.19\" (expected modern or book)");
    }
}
