package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

class InvocationTest {
    private static Invocation parse(Map<String, String> environment, String... args) {
        return Invocation.parse(args, environment);
    }

    @Test
    void withoutArgumentsTheShellOpensOnWeirDataInTheWorkingDirectoryWithTableauOutput() {
        Invocation invocation = parse(Map.of());

        assertThat(invocation).isEqualTo(new Invocation.OpenShell(
                new Invocation.Settings(Path.of("weir-data").toAbsolutePath(), OutputFormat.TABLEAU, true)));
    }

    @Test
    void noResumeLeavesTheJobsOfAnEndedProcessAlone() {
        Invocation.RunScript invocation = (Invocation.RunScript) parse(Map.of(), "--no-resume", "-e", "SHOW JOBS");

        assertThat(invocation.settings().resumeJobs()).isFalse();
    }

    @Test
    void theDataDirectoryComesFromTheEnvironmentWhenNoOptionNamesIt() {
        Invocation invocation = parse(Map.of("WEIR_DATA_DIR", "/var/lib/weir"));

        assertThat(((Invocation.OpenShell) invocation).settings().dataDir()).isEqualTo(Path.of("/var/lib/weir"));
    }

    @Test
    void theDataDirectoryOptionWinsOverTheEnvironment() {
        Invocation invocation = parse(Map.of("WEIR_DATA_DIR", "/var/lib/weir"), "--data-dir", "/tmp/w", "-e", "SELECT 1");

        assertThat(((Invocation.RunScript) invocation).settings().dataDir()).isEqualTo(Path.of("/tmp/w"));
    }

    @Test
    void dashERunsTheGivenSqlNamedCommandLineInErrors() {
        Invocation.RunScript invocation = (Invocation.RunScript) parse(Map.of(), "--format", "CSV", "-e", "SELECT 1");

        assertThat(invocation.sql()).isEqualTo("SELECT 1");
        assertThat(invocation.source()).isEqualTo("<command line>");
        assertThat(invocation.settings().format()).isEqualTo(OutputFormat.CSV);
    }

    @Test
    void dashFRunsAFileNamedAsWrittenInErrors() {
        Invocation.RunScript invocation = (Invocation.RunScript) parse(Map.of(), "-f", "jobs/bids.sql");

        assertThat(invocation.source()).isEqualTo("jobs/bids.sql");
    }

    @Test
    void dashFAndDashETogetherAreAUsageError() {
        assertThatThrownBy(() -> parse(Map.of(), "-f", "a.sql", "-e", "SELECT 1"))
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("mutually exclusive");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheValidOnes() {
        assertThatThrownBy(() -> parse(Map.of(), "--format", "json"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--format': 'json'; expected tableau or csv");
    }

    @Test
    void helpIsText() {
        Invocation invocation = parse(Map.of(), "--help");

        assertThat(((Invocation.ShowText) invocation).text()).contains("Usage: weir", "--data-dir=DIR", "-e=SQL");
    }

    @Test
    void theVersionComesFromTheBuild() {
        Invocation invocation = parse(Map.of(), "--version");

        assertThat(((Invocation.ShowText) invocation).text()).matches("weir \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }
}
