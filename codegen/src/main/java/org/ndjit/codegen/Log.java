package org.ndjit.codegen;

import java.util.function.Supplier;

/**
 * The library's messages go to the {@link System.Logger} named {@code org.ndjit}, which applications
 * route to their logging framework (java.util.logging prints INFO and above to standard error by
 * default). Kernel compilations and warm-ups are logged at DEBUG, or at INFO with
 * {@code -Dndjit.logCompilation=true} so that they show without configuring a logger.
 */
public final class Log {
    public static final System.Logger LOGGER = System.getLogger("org.ndjit");
    private static final System.Logger.Level COMPILATION =
            Boolean.getBoolean("ndjit.logCompilation") ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;

    private Log() {}

    /** A message about compiling or warming up a kernel, built only when it will be logged. */
    static void compilation(Supplier<String> message) {
        if (LOGGER.isLoggable(COMPILATION)) LOGGER.log(COMPILATION, message);
    }
}
