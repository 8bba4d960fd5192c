/** JMH benchmarks of the public API against eager execution, hand-written loops and NumPy. */
package org.ndjit.benchmarks;
