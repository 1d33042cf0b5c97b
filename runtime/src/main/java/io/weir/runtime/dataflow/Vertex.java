package io.weir.runtime.dataflow;

import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.WatermarkGenerator;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Objects;

/**
 * A node of the dataflow, run as {@code parallelism} subtasks: either a source followed by a chain of operators,
 * or a chain of operators fed by the vertex's incoming edges. Chained operators call each other directly.
 *
 * @param source the source it reads, or {@code null} for a vertex fed by edges
 * @param outputType the type of the rows the last operator (or the source) emits
 * @param watermarkGenerator the watermark of the source's rows, or {@code null} for none (only a source vertex may
 *     have one); applied to the rows the source's reader emits, before the chain
 */
public record Vertex(int id, String name, int parallelism, Source source, List<OperatorSpec> chain, RowType outputType,
        WatermarkGenerator watermarkGenerator) {
    public Vertex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outputType, "outputType");
        chain = List.copyOf(chain);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism of vertex " + name + " is " + parallelism);
        }
        if (source == null && chain.isEmpty()) {
            throw new IllegalArgumentException("vertex " + name + " has neither a source nor operators");
        }
        if (source == null && watermarkGenerator != null) {
            throw new IllegalArgumentException("vertex " + name + " has a watermark generator but no source");
        }
    }

    /** A vertex without a watermark generator. */
    public Vertex(int id, String name, int parallelism, Source source, List<OperatorSpec> chain, RowType outputType) {
        this(id, name, parallelism, source, chain, outputType, null);
    }

    public static Vertex ofSource(int id, String name, int parallelism, Source source, List<OperatorSpec> chain, RowType outputType) {
        return ofSource(id, name, parallelism, source, null, chain, outputType);
    }

    /** A source vertex whose rows generate watermarks by {@code watermarkGenerator} ({@code null}: none). */
    public static Vertex ofSource(int id, String name, int parallelism, Source source,
            WatermarkGenerator watermarkGenerator, List<OperatorSpec> chain, RowType outputType) {
        return new Vertex(id, name, parallelism, Objects.requireNonNull(source, "source"), chain, outputType,
                watermarkGenerator);
    }

    public static Vertex ofOperators(int id, String name, int parallelism, List<OperatorSpec> chain, RowType outputType) {
        return new Vertex(id, name, parallelism, null, chain, outputType, null);
    }

    public boolean isSource() {
        return source != null;
    }
}
