package io.weir.runtime.internal.fault;

/** The failure an armed fault point throws. */
public final class InjectedFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFault(String message) {
        super(message);
    }
}
