package dev.stsviz.sim.context;

import dev.stsviz.sim.context.Profile.Capability;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileTest {
    @Test
    void theModernProfileHasEveryCapability() {
        assertThat(Arrays.stream(Capability.values()).filter(Profile.MODERN::has)).containsExactly(Capability.values());
    }

    @Test
    void kubernetes124HasTaintBasedEvictionAndMinReadySecondsAndNothingNewer() {
        assertThat(Arrays.stream(Capability.values()).filter(Profile.V1_24::has))
                .containsExactlyInAnyOrder(Capability.TAINT_BASED_EVICTION, Capability.STATEFUL_SET_MIN_READY_SECONDS);
        assertThat(Profile.V1_24.kubeletVersion()).isEqualTo("v1.24.10");
    }

    @Test
    void theBookIs124WithTheTaintManagerOff() {
        assertThat(Arrays.stream(Capability.values()).filter(Profile.BOOK::has)).containsExactly(Capability.STATEFUL_SET_MIN_READY_SECONDS);
        assertThat(Profile.BOOK.kubeletVersion()).isEqualTo(Profile.V1_24.kubeletVersion());
    }

    @Test
    void profilesParseByIdIgnoringCaseAndRefuseOthers() {
        assertThat(Profile.parse("Book")).isEqualTo(Profile.BOOK);
        assertThat(Profile.parse("modern")).isEqualTo(Profile.MODERN);
        assertThat(Profile.parse("V1.24")).isEqualTo(Profile.V1_24);
        assertThatThrownBy(() -> Profile.parse("1.19")).hasMessage("unknown profile \"1.19\" (expected modern, book or v1.24)");
    }
}
