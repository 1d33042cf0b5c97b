package io.weir.tests.faults;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The built {@code weir.jar} run in a child JVM, as the {@code weir} launcher runs it, on a data directory. */
final class ChildWeir {
    private static final Path JAR = Paths.get("..", "shell", "target", "weir.jar").toAbsolutePath().normalize();

    /** What a child printed and how it ended. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private ChildWeir() {
    }

    /** Starts {@code weir --data-dir <dataDir> <args>} with its output streams drained into files beside it. */
    static Process start(Path dataDir, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("the shell module must be packaged first: " + JAR + " is missing");
        }
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.getParent().toFile());
        builder.environment().remove("WEIR_DATA_DIR");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    /** Runs {@code weir --data-dir <dataDir> <args>} to its end (at most two minutes). */
    static Result run(Path dataDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.getParent().toFile());
        builder.environment().remove("WEIR_DATA_DIR");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("weir " + String.join(" ", args) + " did not end within 2 minutes");
        }
        return new Result(process.exitValue(), out.get(), err.get());
    }

    private static CompletableFuture<String> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
