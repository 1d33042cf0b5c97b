package io.weir.tests.command;

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

/** Runs the built {@code weir.jar} in a child JVM, as the {@code weir} launcher does, and captures what it prints. */
final class WeirProcess {
    static final Path JAR = Paths.get("..", "shell", "target", "weir.jar").toAbsolutePath().normalize();

    record Result(int exitCode, String stdout, String stderr) {
    }

    private WeirProcess() {
    }

    static Process start(Path workingDir, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("the shell module must be packaged first: " + JAR + " is missing");
        }
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("WEIR_DATA_DIR");
        return builder.start();
    }

    static Result run(Path workingDir, String... args) throws Exception {
        Process process = start(workingDir, args);
        process.getOutputStream().close();
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("weir " + String.join(" ", args) + " did not end within 2 minutes");
        }
        return new Result(process.exitValue(), out.get(), err.get());
    }

    static CompletableFuture<String> readAll(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
