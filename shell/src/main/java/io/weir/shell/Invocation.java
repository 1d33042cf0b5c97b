package io.weir.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What the command line asks for: {@code weir [--data-dir DIR] [--format tableau|csv] [-f FILE | -e SQL]}, or help or
 * the version. The command is described through picocli's model rather than annotations, which spares start-up the
 * reflection over annotated fields.
 */
sealed interface Invocation {
    String DATA_DIR_VARIABLE = "WEIR_DATA_DIR";
    String DEFAULT_DATA_DIR = "weir-data";

    /**
     * Where the command keeps its data, how it prints results, and whether it resumes the jobs an ended process left
     * running in the data directory ({@code --no-resume} says not to).
     */
    record Settings(Path dataDir, OutputFormat format, boolean resumeJobs) {
    }

    /** Print this text (help or version) to stdout and exit with success. */
    record ShowText(String text) implements Invocation {
    }

    /** Run a script: the file given with {@code -f} ({@code sql} null) or the SQL given with {@code -e} ({@code file} null). */
    record RunScript(Settings settings, Path file, String sql) implements Invocation {
        /** The name errors give the script: the file as written, or {@code <command line>}. */
        String source() {
            return file == null ? "<command line>" : file.toString();
        }
    }

    /** Open the interactive shell. */
    record OpenShell(Settings settings) implements Invocation {
    }

    /**
     * Reads the command line; {@code environment} supplies {@code WEIR_DATA_DIR}.
     *
     * @throws ParameterException on a usage error, with a message for the user
     */
    static Invocation parse(String[] args, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(spec());
        CommandLine.ParseResult result = commandLine.parseArgs(args);
        if (commandLine.isUsageHelpRequested()) {
            return new ShowText(commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        if (commandLine.isVersionHelpRequested()) {
            StringWriter text = new StringWriter();
            commandLine.printVersionHelp(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
            return new ShowText(text.toString());
        }
        String format = result.matchedOptionValue("--format", "tableau");
        OutputFormat outputFormat = OutputFormat.named(format);
        if (outputFormat == null) {
            throw new ParameterException(commandLine,
                    "Invalid value for option '--format': '" + format + "'; expected tableau or csv");
        }
        String dataDir = result.matchedOptionValue("--data-dir", null);
        if (dataDir == null) {
            String fromEnvironment = environment.get(DATA_DIR_VARIABLE);
            dataDir = fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_DATA_DIR : fromEnvironment;
        }
        Settings settings = new Settings(Path.of(dataDir).toAbsolutePath().normalize(), outputFormat,
                !result.hasMatchedOption("--no-resume"));
        String file = result.matchedOptionValue("-f", null);
        if (file != null) {
            return new RunScript(settings, Path.of(file), null);
        }
        String sql = result.matchedOptionValue("-e", null);
        if (sql != null) {
            return new RunScript(settings, null, sql);
        }
        return new OpenShell(settings);
    }

    private static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("weir");
        spec.usageMessage()
                .description("Runs Flink SQL: the script of FILE, the statements of SQL, or an interactive shell.")
                .footer("", "Exit status: 0 on success, 1 when a statement or job fails, 2 on a usage error,"
                        + " 130 after Ctrl-C.");
        spec.versionProvider(() -> new String[] {"weir " + version()});
        spec.addOption(OptionSpec.builder("--data-dir").paramLabel("DIR").type(String.class)
                .description("The data directory (default: $" + DATA_DIR_VARIABLE + ", else ./" + DEFAULT_DATA_DIR + ")")
                .build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class)
                .description("How results are printed: tableau (default) or csv").build());
        spec.addOption(OptionSpec.builder("--no-resume").arity("0")
                .description("Do not resume the jobs that were running when the last process on the data directory "
                        + "ended").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Show the version and exit").build());
        spec.addArgGroup(ArgGroupSpec.builder()
                .exclusive(true)
                .multiplicity("0..1")
                .addArg(OptionSpec.builder("-f").paramLabel("FILE").type(String.class)
                        .description("Run the SQL script in FILE, then wait for the jobs it started").build())
                .addArg(OptionSpec.builder("-e").paramLabel("SQL").type(String.class)
                        .description("Run the statements in SQL, then wait for the jobs they started").build())
                .build());
        return spec;
    }

    /** The version Maven wrote into the jar's resources. */
    private static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Invocation.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }
}
