package org.ndjit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time a thread has used, for bounds on how much work a call does: unlike the wall clock it
 * does not count the time a loaded machine keeps the thread waiting for a core, nor collection
 * pauses, so a bound with the headroom of an idle machine holds on a loaded one (CI runs the suite on
 * two busy cores). Falls back to the wall clock where the JVM does not measure thread CPU time.
 */
final class ThreadCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpuTime() {}

    /** The calling thread's CPU time in nanoseconds. */
    static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** {@code thread}'s CPU time in nanoseconds, read from another thread. */
    static long of(Thread thread) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.threadId()) : System.nanoTime();
    }
}
