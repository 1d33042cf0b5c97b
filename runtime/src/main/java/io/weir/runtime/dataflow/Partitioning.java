package io.weir.runtime.dataflow;

import java.util.List;

/** How an edge spreads the rows of its upstream subtasks over its downstream subtasks. */
public sealed interface Partitioning {
    /** Subtask i sends to subtask i; both ends have the same parallelism. */
    record Forward() implements Partitioning {
        @Override
        public String toString() {
            return "FORWARD";
        }
    }

    /** By the hash of the key fields, so equal keys meet in one subtask. */
    record Hash(List<Integer> keyFields) implements Partitioning {
        public Hash {
            keyFields = List.copyOf(keyFields);
        }

        @Override
        public String toString() {
            return "HASH" + keyFields;
        }
    }

    /** Every row to every downstream subtask. */
    record Broadcast() implements Partitioning {
        @Override
        public String toString() {
            return "BROADCAST";
        }
    }

    /** Round-robin, to even out load. */
    record Rebalance() implements Partitioning {
        @Override
        public String toString() {
            return "REBALANCE";
        }
    }

    /** Everything to the single downstream subtask. */
    record Global() implements Partitioning {
        @Override
        public String toString() {
            return "GLOBAL";
        }
    }

    static Partitioning forward() {
        return new Forward();
    }

    static Partitioning hash(List<Integer> keyFields) {
        return new Hash(keyFields);
    }

    static Partitioning rebalance() {
        return new Rebalance();
    }

    static Partitioning broadcast() {
        return new Broadcast();
    }

    static Partitioning global() {
        return new Global();
    }
}
