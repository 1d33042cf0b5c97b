package io.weir.connector.print;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.OptionType;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.sink.Sink;
import java.util.List;

/** The {@code print} connector: a sink that prints each change to standard output as Flink does. */
public final class PrintFactory implements SinkFactory {
    public static final ConfigOption<String> PRINT_IDENTIFIER = ConfigOption.optional("print-identifier",
            OptionType.STRING, null, "A text put before every printed line, to tell several print tables apart.");
    public static final ConfigOption<Boolean> STANDARD_ERROR = ConfigOption.optional("standard-error",
            OptionType.BOOLEAN, false, "Print to standard error instead of standard output.");

    @Override
    public String identifier() {
        return "print";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(PRINT_IDENTIFIER, STANDARD_ERROR);
    }

    @Override
    public Sink createSink(ConnectorContext context) {
        boolean toStandardError = context.options().get(STANDARD_ERROR);
        return new PrintSink(context.producedType(), context.options().get(PRINT_IDENTIFIER),
                toStandardError ? System.err : System.out);
    }
}
