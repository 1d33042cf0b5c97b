package io.weir.runtime.dataflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A job's graph of vertices and edges, as the planner emits it and the engine runs it. */
public record Dataflow(List<Vertex> vertices, List<Edge> edges) {
    public Dataflow {
        vertices = List.copyOf(vertices);
        edges = List.copyOf(edges);
        Set<Integer> ids = new HashSet<>();
        for (Vertex v : vertices) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("duplicate vertex id " + v.id());
            }
        }
        for (Edge e : edges) {
            if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                throw new IllegalArgumentException("edge " + e + " names a missing vertex");
            }
        }
    }

    public Vertex vertex(int id) {
        for (Vertex v : vertices) {
            if (v.id() == id) {
                return v;
            }
        }
        throw new IllegalArgumentException("no vertex " + id);
    }

    public List<Edge> inputsOf(int vertexId) {
        return edges.stream().filter(e -> e.to() == vertexId).toList();
    }

    public List<Edge> outputsOf(int vertexId) {
        return edges.stream().filter(e -> e.from() == vertexId).toList();
    }
}
