/**
 * Code generation: lowers each fused kernel of the optimizer's plan to a hidden JVM class written
 * with ASM, whose loops use the Vector API (with a scalar path when the module is absent).
 * Depends on {@code optimizer} and {@code ir}. Not built yet.
 */
package org.ndjit.codegen;
