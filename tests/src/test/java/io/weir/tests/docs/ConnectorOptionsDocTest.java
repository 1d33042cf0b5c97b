package io.weir.tests.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorFactory;
import io.weir.runtime.connector.ConnectorRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The option tables of docs/connectors.md are generated from the connectors' declared options: this test fails
 * when they drift, and writes the generated tables to {@code target/connectors-options.md} to copy over.
 */
class ConnectorOptionsDocTest {
    private static final Path DOC = Paths.get("..", "docs", "connectors.md");
    private static final Pattern SECTION = Pattern.compile("<!-- options:([a-z]+) -->\\n(.*?)<!-- end options -->", Pattern.DOTALL);

    @Test
    void everyConnectorsOptionTableMatchesItsDeclaredOptions() throws Exception {
        ConnectorRegistry registry = ConnectorRegistry.load();
        StringBuilder generated = new StringBuilder();
        for (String identifier : registry.identifiers()) {
            generated.append("<!-- options:").append(identifier).append(" -->\n")
                    .append(table(registry.find(identifier).orElseThrow())).append("<!-- end options -->\n\n");
        }
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "connectors-options.md"), generated, StandardCharsets.UTF_8);

        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = SECTION.matcher(doc);
        int sections = 0;
        while (m.find()) {
            sections++;
            ConnectorFactory factory = registry.find(m.group(1)).orElseThrow(
                    () -> new AssertionError("docs/connectors.md documents an unknown connector " + m.group(1)));
            assertThat(m.group(2)).as("options of '%s' in docs/connectors.md (see target/connectors-options.md)", m.group(1))
                    .isEqualTo(table(factory));
        }
        assertThat(sections).as("docs/connectors.md has a table for every connector").isEqualTo(registry.identifiers().size());
    }

    static String table(ConnectorFactory factory) {
        StringBuilder b = new StringBuilder("| option | type | default | description |\n|---|---|---|---|\n");
        b.append("| `connector` | STRING | required | `").append(factory.identifier()).append("` |\n");
        for (ConfigOption<?> option : factory.options()) {
            String type = option.type().acceptedValues().isEmpty() ? option.type().name()
                    : String.join(" \\| ", option.type().acceptedValues());
            b.append("| `").append(option.key()).append("` | ").append(type).append(" | ")
                    .append(option.required() ? "required" : defaultText(option.defaultValue())).append(" | ")
                    .append(option.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    private static String defaultText(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }
        if (value instanceof Character c) {
            return c == '\t' ? "`\\t`" : "`" + c + "`";
        }
        return "`" + value + "`";
    }
}
