package dev.stsviz.sim.context;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimingsPresetTest {
    @Test
    void fastIsTheTestControlPlanesFlags() {
        Timings fast = TimingsPreset.FAST.timings();
        assertThat(fast.nodeStatusUpdateFrequency).isEqualTo(2_000);
        assertThat(fast.leaseDurationSeconds).isEqualTo(8);
        assertThat(fast.leaseRenewInterval).isEqualTo(2_000); // 0.25 x the lease
        assertThat(fast.nodeMonitorGracePeriod).isEqualTo(8_000);
        assertThat(fast.nodeMonitorPeriod).isEqualTo(1_000);
        assertThat(fast.defaultTolerationSeconds).isEqualTo(10);
        assertThat(fast.podEvictionTimeout).isEqualTo(10_000);
        assertThat(fast.nodeStatusReportFrequency).isEqualTo(new Timings().nodeStatusReportFrequency);
    }

    @Test
    void defaultIsTheRealDefaults() {
        Timings t = TimingsPreset.DEFAULT.timings();
        assertThat(t.leaseDurationSeconds).isEqualTo(40);
        assertThat(t.leaseRenewInterval).isEqualTo(10_000);
        assertThat(t.nodeMonitorGracePeriod).isEqualTo(40_000);
        assertThat(t.defaultTolerationSeconds).isEqualTo(300);
        assertThat(t.podEvictionTimeout).isEqualTo(300_000);
    }

    @Test
    void eachCallGivesItsOwnTimings() {
        Timings a = TimingsPreset.FAST.timings();
        a.nodeMonitorPeriod = 7;
        assertThat(TimingsPreset.FAST.timings().nodeMonitorPeriod).isEqualTo(1_000);
    }

    @Test
    void presetsAndRuntimesParseByIdAndRefuseOthers() {
        assertThat(TimingsPreset.parse("Fast")).isEqualTo(TimingsPreset.FAST);
        assertThatThrownBy(() -> TimingsPreset.parse("slow")).hasMessage("unknown timings \"slow\" (expected default or fast)");
        assertThat(RuntimeModel.parse("instant")).isEqualTo(RuntimeModel.INSTANT);
        assertThatThrownBy(() -> RuntimeModel.parse("docker")).hasMessage("unknown runtime \"docker\" (expected kubia or instant)");
    }
}
