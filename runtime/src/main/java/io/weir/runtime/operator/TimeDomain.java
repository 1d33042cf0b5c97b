package io.weir.runtime.operator;

/** The clock a timer belongs to: the watermark (event time) or the engine's clock (processing time). */
public enum TimeDomain {
    EVENT_TIME,
    PROCESSING_TIME
}
