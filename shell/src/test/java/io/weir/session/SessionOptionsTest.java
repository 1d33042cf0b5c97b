package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionOptionsTest {
    private final SessionOptions options = new SessionOptions(new SessionConfig(Path.of("data"), 4, ZoneId.of("Europe/Berlin")));

    @Test
    void defaultsComeFromTheSessionConfig() {
        assertThat(options.all()).contains(entry("parallelism.default", "4"), entry("table.local-time-zone", "Europe/Berlin"),
                entry("table.dml-sync", "false"));
    }

    @Test
    void weirsDefaultParallelismIsTheNumberOfCores() {
        assertThat(SessionConfig.defaults(Path.of("data")).parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aSetValueOverridesTheDefault() {
        options.set("parallelism.default", "2");
        assertThat(options.parallelism()).isEqualTo(2);
    }

    @Test
    void anUnknownKeyIsKeptAsWritten() {
        options.set("pipeline.name", "my job");
        assertThat(options.all()).contains(entry("pipeline.name", "my job"));
    }

    @Test
    void optionsAreListedSortedByKey() {
        options.set("a.first", "1");
        assertThat(options.all().keySet()).first().isEqualTo("a.first");
        assertThat(new java.util.ArrayList<>(options.all().keySet())).isSorted();
    }

    @Test
    void aNonPositiveParallelismIsRejectedNamingTheOptionAndTheAcceptedValues() {
        assertThatThrownBy(() -> options.set("parallelism.default", "0"))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTION))
                .hasMessage("Invalid value '0' for option 'parallelism.default'; expected an integer from 1 to 2147483647");
        assertThat(options.parallelism()).isEqualTo(4);
    }

    @Test
    void dmlSyncAcceptsOnlyBooleans() {
        assertThatThrownBy(() -> options.set("table.dml-sync", "yes"))
                .hasMessage("Invalid value 'yes' for option 'table.dml-sync'; expected 'true' or 'false'");
        options.set("table.dml-sync", "TRUE");
        assertThat(options.dmlSync()).isTrue();
    }

    @Test
    void anUnknownTimeZoneIsRejected() {
        assertThatThrownBy(() -> options.set("table.local-time-zone", "Mars/Olympus"))
                .hasMessageStartingWith("Invalid value 'Mars/Olympus' for option 'table.local-time-zone'; expected a time zone");
    }

    @Test
    void durationsAreReadWithFlinksUnits() {
        assertThat(SessionOptions.duration("k", "500 ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(SessionOptions.duration("k", "5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SessionOptions.duration("k", "1 min")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> options.set("table.exec.source.idle-timeout", "soon"))
                .hasMessageStartingWith("Invalid value 'soon' for option 'table.exec.source.idle-timeout'");
    }

    @Test
    void resetReturnsAKeyToItsDefault() {
        options.set("parallelism.default", "2");
        options.set("pipeline.name", "x");
        options.reset("parallelism.default");
        assertThat(options.all()).contains(entry("parallelism.default", "4"), entry("pipeline.name", "x"));
        options.resetAll();
        assertThat(options.all()).doesNotContainKey("pipeline.name");
    }
}
