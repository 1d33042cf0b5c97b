package io.weir.shell;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.file.Path;

/**
 * Sends every log event of the command to {@code <data-dir>/logs/weir.log} and none to the console. Logback finds it
 * through {@code ServiceLoader} when the first logger is asked for, so a run that logs nothing pays nothing; configured
 * in code rather than XML because Joran's parsing costs start-up time. Where the command did not name a directory
 * (tests, other embedders), logback's usual configuration applies.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    static final String FILE_NAME = "weir.log";
    private static volatile Path directory;

    /** Names the directory of the log file; called by the command before anything logs. */
    static void useDirectory(Path logDirectory) {
        directory = logDirectory;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Path logDirectory = directory;
        if (logDirectory == null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} %mdc - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(logDirectory.resolve(FILE_NAME).toString());
        file.setAppend(true);
        file.setEncoder(encoder);
        file.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        context.getLogger("org.apache.calcite").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
