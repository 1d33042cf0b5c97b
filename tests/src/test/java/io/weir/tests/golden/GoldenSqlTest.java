package io.weir.tests.golden;

import static org.assertj.core.api.Assertions.fail;

import io.weir.session.Session;
import io.weir.session.SessionConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code sql/<area>/<name>.sql} under the test resources at parallelism 1 and 2 and compares what it prints
 * with {@code <name>.out} beside it. In a script, {@code ${data}} is the folder of test data files, {@code ${tmp}}
 * a fresh folder for the case and {@code ${last_job}} the id of the job the script started last. Sessions run in
 * UTC. On a mismatch the actual output is written under {@code target/golden-actual/} and the test fails with a
 * diff: review it, then copy the file over the {@code .out}.
 */
class GoldenSqlTest {
    private static final int[] PARALLELISMS = {1, 2};

    @TestFactory
    Stream<DynamicNode> goldenCases() throws IOException, URISyntaxException {
        Path root = Paths.get(GoldenSqlTest.class.getResource("/sql").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(root)) {
            scripts = files.filter(p -> p.toString().endsWith(".sql")).sorted(Comparator.naturalOrder()).toList();
        }
        List<DynamicNode> tests = new ArrayList<>();
        for (Path script : scripts) {
            String name = root.relativize(script).toString().replace(".sql", "");
            for (int parallelism : PARALLELISMS) {
                tests.add(DynamicTest.dynamicTest(name + " at parallelism " + parallelism, script.toUri(),
                        () -> check(root, script, name, parallelism)));
            }
        }
        return tests.stream();
    }

    private static void check(Path root, Path script, String name, int parallelism) throws Exception {
        Path expectedFile = script.resolveSibling(script.getFileName().toString().replace(".sql", ".out"));
        Path tmp = Files.createTempDirectory("weir-golden");
        try {
            Path data = root.getParent().resolve("data");
            String content = Files.readString(script, StandardCharsets.UTF_8)
                    .replace("${data}", data.toString())
                    .replace("${tmp}", tmp.resolve("files").toString());
            Map<String, String> masks = new LinkedHashMap<>();
            masks.put(tmp.resolve("files").toString(), "${tmp}");
            masks.put(data.toString(), "${data}");
            // The harness, not the script, chooses the default parallelism: SET lists it.
            masks.put("parallelism.default | " + parallelism + "\n", "parallelism.default | <harness>\n");
            String actual;
            try (Session session = Session.open(new SessionConfig(tmp.resolve("weir-data"), parallelism, ZoneOffset.UTC))) {
                actual = new GoldenRunner(session, masks).run(GoldenScript.parse(content));
            }
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            if (!expected.equals(actual)) {
                Path actualFile = Paths.get("target", "golden-actual", name + ".out");
                Files.createDirectories(actualFile.getParent());
                Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
                fail("Golden case %s differs at parallelism %d (actual output in %s):%n%s", name, parallelism,
                        actualFile.toAbsolutePath(), LineDiff.diff(expected, actual));
            }
        } finally {
            deleteRecursively(tmp);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
