package io.weir.runtime.dataflow;

import java.util.Objects;

/** A connection from vertex {@code from} to vertex {@code to} with its partitioning. */
public record Edge(int from, int to, Partitioning partitioning) {
    public Edge {
        Objects.requireNonNull(partitioning, "partitioning");
    }
}
