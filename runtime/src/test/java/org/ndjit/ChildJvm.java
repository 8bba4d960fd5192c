package org.ndjit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's {@code main} in a new JVM with this JVM's java, class path and module flags, for hazards that may kill a JVM. */
final class ChildJvm {
    private ChildJvm() {}

    static Process start(Class<?> main, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-modules") || arg.startsWith("--enable-native-access") || arg.startsWith("-XX:MaxDirectMemorySize")) {
                command.add(arg);
            }
        }
        command.add("-Xmx512m");
        command.add("-XX:ErrorFile=" + output.toAbsolutePath().getParent().resolve("hs_err_pid%p.log")); // a crash report beside the log, not in the working directory
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
