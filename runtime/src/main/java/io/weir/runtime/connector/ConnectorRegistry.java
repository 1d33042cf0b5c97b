package io.weir.runtime.connector;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.NameSuggestion;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The connectors on the class path, found through {@link ServiceLoader}, and the validation of a table's WITH options. */
public final class ConnectorRegistry {
    public static final String CONNECTOR_OPTION = "connector";

    private final Map<String, ConnectorFactory> factories;

    private ConnectorRegistry(Map<String, ConnectorFactory> factories) {
        this.factories = factories;
    }

    /** Finds every {@link ConnectorFactory} that the given class loader's services list. */
    public static ConnectorRegistry load(ClassLoader classLoader) {
        Map<String, ConnectorFactory> found = new TreeMap<>();
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, classLoader)) {
            found.put(factory.identifier(), factory);
        }
        return new ConnectorRegistry(found);
    }

    public static ConnectorRegistry load() {
        return load(ConnectorRegistry.class.getClassLoader());
    }

    public List<String> identifiers() {
        return List.copyOf(factories.keySet());
    }

    public Optional<ConnectorFactory> find(String identifier) {
        return Optional.ofNullable(factories.get(identifier));
    }

    /**
     * The factory named by the options' {@code connector}, after checking every option: none unknown
     * (templated keys match a column of {@code physicalType}), none required missing, every value parses.
     */
    public ConnectorFactory validate(String tableName, Map<String, String> options, RowType physicalType) {
        String identifier = options.get(CONNECTOR_OPTION);
        if (identifier == null) {
            throw new WeirException(ErrorCode.INVALID_OPTION, "Table '" + tableName
                    + "' has no 'connector' option; add WITH ('connector' = '...'), one of: " + String.join(", ", identifiers()));
        }
        ConnectorFactory factory = factories.get(identifier);
        if (factory == null) {
            throw new WeirException(ErrorCode.INVALID_OPTION, "Unknown connector '" + identifier + "' in table '"
                    + tableName + "'" + suggestionOrList(identifier, identifiers(), "available connectors"));
        }
        List<String> validKeys = new ArrayList<>();
        for (ConfigOption<?> option : factory.options()) {
            if (option.key().contains("#")) {
                for (String column : physicalType.names()) {
                    validKeys.add(option.key().replace("#", column));
                }
            } else {
                validKeys.add(option.key());
            }
        }
        for (Map.Entry<String, String> entry : options.entrySet()) {
            String key = entry.getKey();
            if (key.equals(CONNECTOR_OPTION)) {
                continue;
            }
            if (!validKeys.contains(key)) {
                throw new WeirException(ErrorCode.INVALID_OPTION, "Unknown option '" + key + "' for connector '"
                        + identifier + "'" + suggestionOrList(key, validKeys, "valid options"));
            }
        }
        for (ConfigOption<?> option : factory.options()) {
            if (option.key().contains("#")) {
                for (String column : physicalType.names()) {
                    String key = option.key().replace("#", column);
                    if (options.containsKey(key)) {
                        option.type().parse(key, options.get(key));
                    }
                }
            } else if (options.containsKey(option.key())) {
                option.type().parse(option.key(), options.get(option.key()));
            } else if (option.required()) {
                throw new WeirException(ErrorCode.INVALID_OPTION, "Missing required option '" + option.key()
                        + "' for connector '" + identifier + "' in table '" + tableName + "'; add it to the WITH clause ("
                        + option.description() + ")");
            }
        }
        return factory;
    }

    /** The suggestion when there is one (the list would only distract), else {@code "; <what>: a, b, c"}. */
    private static String suggestionOrList(String written, List<String> candidates, String what) {
        String suggestion = NameSuggestion.didYouMean(written, candidates);
        if (!suggestion.isEmpty()) {
            return suggestion;
        }
        return candidates.isEmpty() ? "; there are none" : "; " + what + ": " + String.join(", ", candidates);
    }
}
