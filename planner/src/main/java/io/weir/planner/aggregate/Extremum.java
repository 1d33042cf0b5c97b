package io.weir.planner.aggregate;

/** Which end of the values MIN/MAX or FIRST_VALUE/LAST_VALUE keep. */
enum Extremum {
    LOWEST,
    HIGHEST
}
