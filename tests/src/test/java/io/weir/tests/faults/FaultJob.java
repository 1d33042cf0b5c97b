package io.weir.tests.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The job every fault test runs: bids from a Nexmark source with a fixed base time, counted per auction in HOP
 * windows (2 s slide, 10 s size), whose counts a TUMBLE window (10 s) sums per window into a filesystem csv sink. Two
 * hash exchanges and two stateful operators, insert-only, deterministic at any parallelism and across restarts.
 */
final class FaultJob {
    /** Events per second of event time: 400,000 events span 100 s, so ten TUMBLE windows and their HOP inputs. */
    static final long EVENT_RATE = 4000;

    private FaultJob() {
    }

    /**
     * The statements that create the job's tables and views, reading {@code events} events and writing to
     * {@code out}. The views are stored ones: a resumed job is planned again in a new session, which has none of
     * the old one's temporary views.
     */
    static List<String> tables(Path out, long events) {
        return List.of(
                "CREATE TABLE events (\n"
                        + "  event_type INT,\n"
                        + "  person ROW<id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING,"
                        + " state STRING, `dateTime` TIMESTAMP(3), extra STRING>,\n"
                        + "  auction ROW<id BIGINT, itemName STRING, description STRING, initialBid BIGINT,"
                        + " reserve BIGINT, `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT,"
                        + " category BIGINT, extra STRING>,\n"
                        + "  bid ROW<auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING,"
                        + " `dateTime` TIMESTAMP(3), extra STRING>,\n"
                        + "  `dateTime` AS CASE WHEN event_type = 0 THEN person.`dateTime`"
                        + " WHEN event_type = 1 THEN auction.`dateTime` ELSE bid.`dateTime` END,\n"
                        + "  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND\n"
                        + ") WITH ('connector' = 'nexmark', 'events.num' = '" + events + "',"
                        + " 'first-event.rate' = '" + EVENT_RATE + "', 'base-time' = '2026-01-01 00:00:00')",
                "CREATE VIEW bids AS SELECT bid.auction AS auction, `dateTime` FROM events"
                        + " WHERE event_type = 2",
                "CREATE VIEW auction_counts AS\n"
                        + "SELECT window_time AS rowtime, auction, COUNT(*) AS bids\n"
                        + "FROM TABLE(HOP(TABLE bids, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND,"
                        + " INTERVAL '10' SECOND))\n"
                        + "GROUP BY window_start, window_end, window_time, auction",
                "CREATE TABLE window_totals (window_start TIMESTAMP(3), window_end TIMESTAMP(3), auctions BIGINT,"
                        + " bids BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + out.toAbsolutePath()
                        + "', 'format' = 'csv')");
    }

    /** The INSERT that runs the job. */
    static String insert() {
        return "INSERT INTO window_totals\n"
                + "SELECT window_start, window_end, COUNT(*) AS auctions, SUM(bids) AS bids\n"
                + "FROM TABLE(TUMBLE(TABLE auction_counts, DESCRIPTOR(rowtime), INTERVAL '10' SECOND))\n"
                + "GROUP BY window_start, window_end";
    }

    /** The SET statements of a checkpointed run in {@code mode} that restarts at once after any failure. */
    static List<String> checkpointed(CheckpointMode mode) {
        List<String> sets = new ArrayList<>(List.of(
                "SET 'execution.checkpointing.interval' = '20 ms'",
                "SET 'execution.checkpointing.num-retained' = '2'",
                "SET 'restart-strategy.type' = 'fixed-delay'",
                "SET 'restart-strategy.fixed-delay.attempts' = '20'",
                "SET 'restart-strategy.fixed-delay.delay' = '0 ms'"));
        sets.addAll(mode.settings());
        return sets;
    }

    /**
     * The rows the sink committed: every line of every part file in {@code out}, sorted, so that two outputs compare
     * as multisets. Hidden in-progress files are not output.
     */
    static List<String> committedLines(Path out) {
        List<String> lines = new ArrayList<>();
        for (Path file : committedFiles(out)) {
            try {
                lines.addAll(Files.readAllLines(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lines.sort(null);
        return lines;
    }

    /** The part files a reader of {@code out} sees. */
    static List<Path> committedFiles(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().startsWith("_")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
