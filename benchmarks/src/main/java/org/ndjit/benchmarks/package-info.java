/** JMH benchmarks of the public API against eager execution and hand-written loops. Not built yet. */
package org.ndjit.benchmarks;
