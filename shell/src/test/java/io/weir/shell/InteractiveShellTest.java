package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.session.Session;
import io.weir.session.SessionConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the shell through a dumb terminal on piped streams, as a user at a terminal without features would. */
class InteractiveShellTest {
    @TempDir
    Path dataDir;
    private Session session;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final StringWriter diagnostics = new StringWriter();

    @BeforeEach
    void openSession() {
        session = Session.open(SessionConfig.defaults(dataDir).withParallelism(1));
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private int type(String input) throws IOException {
        // TerminalBuilder would put a pseudo terminal behind piped streams where it can; a test wants the dumb one.
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            return new InteractiveShell(session, terminal, OutputFormat.TABLEAU, new PrintWriter(diagnostics), dataDir)
                    .run();
        }
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStatementContinuesOverLinesUntilASemicolon() throws IOException {
        type("SELECT\n1\n;\n");

        assertThat(Files.readString(dataDir.resolve("history"))).endsWith(":SELECT\\n1\\n;\n");
    }

    @Test
    void endOfInputLeavesTheShellWithSuccess() throws IOException {
        assertThat(type("")).isEqualTo(ExitStatus.SUCCESS);
    }

    @Test
    void quitLeavesTheShellBeforeTheLinesAfterIt() throws IOException {
        type("quit\nSELECT 1;\n");

        assertThat(diagnostics.toString()).isEmpty();
    }

    @Test
    void anErrorNamesTheShellWithLineAndColumnAndTheShellGoesOn() throws IOException {
        type("SELECT FROM;\nquit\n");

        assertThat(diagnostics.toString()).startsWith("<shell>:1:");
        assertThat(diagnostics.toString()).contains("\nSELECT FROM;\n").contains("^\n");
    }
}
