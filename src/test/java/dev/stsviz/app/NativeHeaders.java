package dev.stsviz.app;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The platform a native library was built for, read from its header as the loader does: ELF's e_machine (Linux),
 * Mach-O's cputype (macOS), PE's Machine (Windows). A file's name says nothing: JavaFX's natives have the same names
 * for every architecture.
 */
final class NativeHeaders {
    enum Platform { LINUX_X64, LINUX_AARCH64, MAC_X64, MAC_AARCH64, WINDOWS_X64 }

    private static final int EM_X86_64 = 62;
    private static final int EM_AARCH64 = 183;
    private static final int MH_MAGIC_64 = 0xFEEDFACF;
    private static final int CPU_TYPE_X86_64 = 0x01000007;
    private static final int CPU_TYPE_ARM64 = 0x0100000C;
    private static final int IMAGE_FILE_MACHINE_AMD64 = 0x8664;

    /** The platform, or empty for a file that is none of the three formats or is for another CPU. */
    static Optional<Platform> platform(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length >= 20 && b.getInt(0) == 0x464C457F) { // "\x7FELF"
            if (bytes[5] == 2) { // big-endian data
                b.order(ByteOrder.BIG_ENDIAN);
            }
            return switch (Short.toUnsignedInt(b.getShort(18))) {
                case EM_X86_64 -> Optional.of(Platform.LINUX_X64);
                case EM_AARCH64 -> Optional.of(Platform.LINUX_AARCH64);
                default -> Optional.empty();
            };
        }
        if (bytes.length >= 8 && b.getInt(0) == MH_MAGIC_64) { // a thin 64-bit Mach-O, as JavaFX ships
            return switch (b.getInt(4)) {
                case CPU_TYPE_X86_64 -> Optional.of(Platform.MAC_X64);
                case CPU_TYPE_ARM64 -> Optional.of(Platform.MAC_AARCH64);
                default -> Optional.empty();
            };
        }
        if (bytes.length >= 0x40 && b.getShort(0) == 0x5A4D) { // "MZ", then the PE header at e_lfanew
            int pe = b.getInt(0x3C);
            if (pe >= 0 && pe + 6 <= bytes.length && b.getInt(pe) == 0x00004550 // "PE\0\0"
                    && Short.toUnsignedInt(b.getShort(pe + 4)) == IMAGE_FILE_MACHINE_AMD64) {
                return Optional.of(Platform.WINDOWS_X64);
            }
        }
        return Optional.empty();
    }

    private NativeHeaders() {
    }
}
