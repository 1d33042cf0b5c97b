package io.weir.planner.window;

/** The kinds of window Weir assigns rows to. */
public enum WindowKind {
    TUMBLE,
    HOP,
    CUMULATE,
    SESSION
}
