package io.weir.checkpoint.internal.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs Weir's Parquet writing and reading in a fresh JVM with the module's class path (hadoop-common and
 * hadoop-mapreduce-client-core without their dependencies) and no HADOOP_HOME: no Hadoop installation, no native
 * Hadoop library, as on a user's machine.
 */
class PlainJvmTest {
    @TempDir
    Path dir;

    @Test
    void writingAndReadingNeedNoHadoopAndPrintNothingOfIt() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteAndReadInAPlainJvm.class.getName(), dir.resolve("plain.parquet").toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("HADOOP_HOME");
        builder.environment().remove("HADOOP_CONF_DIR");
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8)) {
            // SLF4J says once that no logging back end is bound, which is true of this bare class path.
            if (!line.startsWith("SLF4J")) {
                errors.add(line);
            }
        }
        assertThat(errors).isEmpty();
        assertThat(out).isEqualTo("equal rows: 2" + System.lineSeparator());
        assertThat(child.exitValue()).isZero();
    }
}
