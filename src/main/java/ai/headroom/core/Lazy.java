package ai.headroom.core;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, once, by whichever thread asks first. */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> compute;
    private volatile T value;

    Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** True once the value has been computed; never computes. */
    boolean isReady() {
        return value != null;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }
}
