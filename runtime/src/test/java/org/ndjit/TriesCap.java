package org.ndjit;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * Caps every property's tries at the system property {@code ndjit.maxTries}, when it is set, including
 * tries a property sets itself ({@code @Property(tries = ...)}), which {@code jqwik.tries.default} does
 * not lower; properties without their own keep {@code jqwik.tries.default}. Registered for all
 * properties of this module (META-INF/services). The -Xcomp execution sets it: there each try's new
 * kernels are compiled by C2 before they run. Without the property, nothing changes.
 */
public class TriesCap implements AroundPropertyHook {
    private static final Integer MAX = Integer.getInteger("ndjit.maxTries");

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        if (MAX != null && context.attributes().tries().map(t -> t > MAX).orElse(false)) context.attributes().setTries(MAX);
        return property.execute();
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return true;
    }

    /** Outermost: attributes changed here are the ones the property starts with. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
