package io.weir.tests.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weir command as a user runs it: a child JVM on the built jar, its output streams and exit status. */
class WeirCommandTest {
    @TempDir
    Path work;

    @Test
    void selectOneInCsvPrintsTheHeaderAndOneChange() throws Exception {
        WeirProcess.Result result = WeirProcess.run(work, "--format", "csv", "-e", "SELECT 1 AS x, 'a,b' AS s, '' AS e, CAST(NULL AS INT) AS n");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("op,x,s,e,n\n+I,1,\"a,b\",\"\",\n");
    }

    @Test
    void theDefaultDataDirectoryIsWeirDataInTheWorkingDirectory() throws Exception {
        WeirProcess.Result result = WeirProcess.run(work, "-e", "SELECT 1");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(work.resolve("weir-data").resolve("metadata.mv.db")).exists();
        assertThat(work.resolve("weir-data").resolve("logs").resolve("weir.log")).exists();
        assertThat(result.stdout()).contains("| op |").contains("| +I |");
    }

    @Test
    void aTableCreatedInOneRunIsThereInTheNext() throws Exception {
        WeirProcess.Result create = WeirProcess.run(work, "--data-dir", "d",
                "-e", "CREATE TABLE kept (id INT) WITH ('connector' = 'blackhole')");
        assertThat(create.exitCode()).as(create.stderr()).isZero();
        assertThat(create.stdout()).isEmpty();
        WeirProcess.Result show = WeirProcess.run(work, "--data-dir", "d", "--format", "csv", "-e", "SHOW TABLES");
        assertThat(show.exitCode()).as(show.stderr()).isZero();
        assertThat(show.stdout()).contains("kept");
    }

    @Test
    void anErrorInAFileNamesTheFileLineAndColumnAndExitsWithOne() throws Exception {
        Path script = work.resolve("job.sql");
        Files.writeString(script, "SELECT 1;\n\n-- the next statement is wrong\nSELECT\n  nope\nFROM (VALUES (1)) AS t(x);\nSELECT 2;\n");
        WeirProcess.Result result = WeirProcess.run(work, "--format", "csv", "-f", script.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains(script + ":5:3:").contains("nope");
        assertThat(result.stdout()).contains("+I,1").doesNotContain("+I,2");
    }

    @Test
    void anErrorOnTheCommandLineIsPlacedInTheCommandLine() throws Exception {
        WeirProcess.Result result = WeirProcess.run(work, "-e", "SELECT 1;\nSELEC 2");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("<command line>:2:1:");
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        WeirProcess.Result result = WeirProcess.run(work, "--format", "xml", "-e", "SELECT 1");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).containsIgnoringCase("format");
        assertThat(WeirProcess.run(work, "-f", "a.sql", "-e", "SELECT 1").exitCode()).isEqualTo(2);
    }

    @Test
    void aFailedJobExitsWithOneAndShowsTheRootCause() throws Exception {
        Files.createDirectories(work.resolve("in"));
        Files.writeString(work.resolve("in").resolve("a.csv"), "1\n2\nthree\n");
        WeirProcess.Result result = WeirProcess.run(work, "-e",
                "CREATE TABLE n (x INT) WITH ('connector' = 'filesystem', 'path' = 'in', 'format' = 'csv');"
                        + "CREATE TABLE s (x INT) WITH ('connector' = 'blackhole');"
                        + "INSERT INTO s SELECT x FROM n");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("three").contains("a.csv");
    }

    @Test
    void anInsertPrintsItsJobIdAndTheRunWaitsForTheJob() throws Exception {
        WeirProcess.Result result = WeirProcess.run(work, "--format", "csv", "-e",
                "CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence',"
                        + " 'fields.id.start' = '1', 'fields.id.end' = '5');"
                        + "CREATE TABLE out (id BIGINT) WITH ('connector' = 'filesystem', 'path' = 'out', 'format' = 'csv');"
                        + "INSERT INTO out SELECT id FROM g;");
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).containsPattern("[0-9a-f]{32}");
        WeirProcess.Result read = WeirProcess.run(work, "--format", "csv", "-e",
                "CREATE TABLE back (id BIGINT) WITH ('connector' = 'filesystem', 'path' = 'out', 'format' = 'csv');"
                        + "SELECT id FROM back WHERE id > 3");
        assertThat(read.stdout().lines().sorted()).containsExactly("+I,4", "+I,5", "op,id");
    }

    @Test
    void aSecondProcessOnAHeldDataDirectoryGetsAClearError() throws Exception {
        Process holder = WeirProcess.start(work, "--data-dir", "held", "--format", "csv", "-e",
                "SELECT 'ready'; CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '1');"
                        + "SELECT id FROM g");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("ready")) {
                // skip the header
            }
            assertThat(line).as("the holder printed its first result").isNotNull();
            WeirProcess.Result second = WeirProcess.run(work, "--data-dir", "held", "-e", "SHOW TABLES");
            assertThat(second.exitCode()).isEqualTo(1);
            assertThat(second.stderr()).contains("held").contains("in use").contains(Long.toString(holder.pid()));
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    @Test
    void ctrlCStopsARunningQueryAndExitsWith130() throws Exception {
        Process run = WeirProcess.start(work, "--format", "csv", "-e",
                "CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '5');"
                        + "SELECT id FROM g");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("op,id");
            assertThat(out.readLine()).as("a first change arrived").startsWith("+I,");
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(run.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)).as("the run ended after Ctrl-C").isTrue();
            assertThat(run.exitValue()).isEqualTo(130);
        } finally {
            run.destroyForcibly().waitFor();
        }
    }

    @Test
    void versionAndHelpExitWithZero() throws Exception {
        assertThat(WeirProcess.run(work, "--version").stdout()).startsWith("weir ");
        WeirProcess.Result help = WeirProcess.run(work, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--data-dir").contains("--format");
    }
}
