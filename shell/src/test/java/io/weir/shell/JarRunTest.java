package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built jar as a user would; skipped when the jar has not been packaged yet (as during {@code mvn test}). */
class JarRunTest {
    private static final Path JAR = Path.of("target", "weir.jar");

    @TempDir
    Path workDir;

    private record Run(int status, String out, String err) {
    }

    private Run weir(String... args) throws IOException, InterruptedException {
        assumeThat(JAR).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void bothDashFAndDashEIsAUsageErrorWithStatusTwo() throws Exception {
        Run run = weir("-f", "a.sql", "-e", "SELECT 1");

        assertThat(run.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(run.err()).startsWith("weir: ").contains("mutually exclusive");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theVersionIsPrintedToStdout() throws Exception {
        Run run = weir("--version");

        assertThat(run.status()).isEqualTo(ExitStatus.SUCCESS);
        assertThat(run.out()).startsWith("weir 0.");
    }

    @Test
    void aScriptRunKeepsItsDataAndLogsInWeirDataOfTheWorkingDirectory() throws Exception {
        weir("-e", "SELECT 1");

        assertThat(workDir.resolve("weir-data").resolve("logs")).isDirectory();
    }
}
