package dev.stsviz.app;

import dev.stsviz.app.NativeHeaders.Platform;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

/** The header reader on minimal headers of each format, as the toolchains write them. */
class NativeHeadersTest {
    private static ByteBuffer header(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] elf(int machine) {
        ByteBuffer b = header(64).put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        return b.putShort(18, (short) machine).array();
    }

    private static byte[] machO(int cpuType) {
        return header(32).putInt(0, 0xFEEDFACF).putInt(4, cpuType).array();
    }

    private static byte[] pe(int machine) {
        ByteBuffer b = header(0x100).put(0, (byte) 'M').put(1, (byte) 'Z').putInt(0x3C, 0x80);
        return b.put(0x80, (byte) 'P').put(0x81, (byte) 'E').putShort(0x84, (short) machine).array();
    }

    @Test
    void elfMachine() {
        assertThat(NativeHeaders.platform(elf(62))).contains(Platform.LINUX_X64);
        assertThat(NativeHeaders.platform(elf(183))).contains(Platform.LINUX_AARCH64);
        assertThat(NativeHeaders.platform(elf(3))).isEmpty(); // i386
    }

    @Test
    void machOCpuType() {
        assertThat(NativeHeaders.platform(machO(0x01000007))).contains(Platform.MAC_X64);
        assertThat(NativeHeaders.platform(machO(0x0100000C))).contains(Platform.MAC_AARCH64);
        assertThat(NativeHeaders.platform(machO(7))).isEmpty(); // 32-bit x86
    }

    @Test
    void peMachine() {
        assertThat(NativeHeaders.platform(pe(0x8664))).contains(Platform.WINDOWS_X64);
        assertThat(NativeHeaders.platform(pe(0xAA64))).isEmpty(); // Windows on ARM64
        assertThat(NativeHeaders.platform(pe(0x014C))).isEmpty(); // 32-bit x86
    }

    @Test
    void anythingElseIsNoPlatform() {
        assertThat(NativeHeaders.platform(new byte[0])).isEmpty();
        assertThat(NativeHeaders.platform("#!/bin/sh\necho not a library\n".getBytes())).isEmpty();
        assertThat(NativeHeaders.platform(new byte[] {0x7F, 'E', 'L', 'F'})).isEmpty(); // truncated
    }
}
