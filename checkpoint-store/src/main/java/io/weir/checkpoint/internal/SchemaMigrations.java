package io.weir.checkpoint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings a metadata database to the schema version this build knows by running the scripts under
 * {@code db/migration/} in order, each with its row in {@code schema_version} in one transaction. H2 commits
 * DDL as it runs, so scripts must only add objects; the version row is written last.
 */
final class SchemaMigrations {
    /** The scripts in version order: script i (0-based) brings the schema to version i + 1. */
    static final List<String> SCRIPTS = List.of("V1__catalog.sql", "V2__checkpoints.sql", "V3__job_options.sql",
            "V4__job_temporary_definitions.sql", "V5__incremental_checkpoints.sql",
            "V6__system_tables.sql");

    private SchemaMigrations() {
    }

    static int knownVersion() {
        return SCRIPTS.size();
    }

    /** Migrates the database and returns its version. */
    static int migrate(Jdbi jdbi, Path dataDir) {
        int version = jdbi.inTransaction(SchemaMigrations::currentVersion);
        if (version > knownVersion()) {
            throw StoreErrors.newerSchema(dataDir, version, knownVersion());
        }
        for (int next = version + 1; next <= knownVersion(); next++) {
            String script = SCRIPTS.get(next - 1);
            int target = next;
            try {
                jdbi.useTransaction(handle -> apply(handle, script, target));
            } catch (RuntimeException e) {
                throw StoreErrors.migrationFailed(dataDir, script, e);
            }
        }
        return knownVersion();
    }

    private static int currentVersion(Handle handle) {
        handle.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL PRIMARY KEY, "
                + "script VARCHAR(256) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        return handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version").mapTo(Integer.class).one();
    }

    private static void apply(Handle handle, String script, int version) {
        handle.createScript(read(script)).execute();
        handle.createUpdate("INSERT INTO schema_version (version, script, applied_at) VALUES (:version, :script, :at)")
                .bind("version", version)
                .bind("script", script)
                .bindBySqlType("at", OffsetDateTime.now(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE)
                .execute();
    }

    private static String read(String script) {
        String resource = "/db/migration/" + script;
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration script " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
