package io.weir.checkpoint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The description file {@code _metadata.json} of a savepoint directory: everything {@link CompletedCheckpoint} holds,
 * with file paths relative to the directory, so a savepoint copied or moved elsewhere, even into another data
 * directory, can be restored without the metadata database that committed it.
 */
final class SavepointDescription {
    static final String FILE_NAME = "_metadata.json";
    private static final int FORMAT_VERSION = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private SavepointDescription() {
    }

    /** Writes the description of {@code checkpoint} into {@code directory}, atomically (temporary file, rename). */
    static void write(Path directory, CompletedCheckpoint checkpoint) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Path temporary = directory.resolve("." + FILE_NAME + ".inprogress");
        try (OutputStream out = Files.newOutputStream(temporary);
                JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT_VERSION);
            json.writeStringField("job_id", checkpoint.jobId());
            json.writeNumberField("checkpoint_id", checkpoint.checkpointId());
            json.writeStringField("kind", checkpoint.kind().name());
            json.writeStringField("checkpointing_mode", checkpoint.mode().name());
            json.writeNumberField("max_parallelism", checkpoint.maxParallelism());
            json.writeStringField("trigger_time", checkpoint.triggeredAt().toString());
            json.writeStringField("completion_time", checkpoint.completedAt().toString());
            json.writeArrayFieldStart("state_files");
            for (StateFile stateFile : checkpoint.files()) {
                writeFile(json, stateFile);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeFile(JsonGenerator json, StateFile file) throws IOException {
        json.writeStartObject();
        json.writeStringField("operator_uid", file.table().operatorUid());
        json.writeStringField("state_name", file.table().name());
        json.writeStringField("state_kind", file.table().kind().name());
        json.writeStringField("table_schema", SchemaText.format(file.table().schema()));
        json.writeNumberField("subtask", file.subtask());
        json.writeNumberField("first_key_group", file.firstKeyGroup());
        json.writeNumberField("last_key_group", file.lastKeyGroup());
        json.writeStringField("file_path", file.path());
        json.writeNumberField("size_bytes", file.sizeBytes());
        json.writeNumberField("row_count", file.rowCount());
        json.writeStringField("checksum", file.checksum());
        json.writeEndObject();
    }

    /** Whether {@code directory} holds a description file. */
    static boolean existsIn(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE_NAME));
    }

    /**
     * The savepoint described in {@code directory}, located there.
     *
     * @throws IOException if the file cannot be read or is not a description Weir wrote
     */
    static CompletedCheckpoint read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        Map<String, String> fields = new HashMap<>();
        List<Map<String, String>> fileFields = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
            expect(json, JsonToken.START_OBJECT, file);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                if (name.equals("state_files")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw malformed(file, "'state_files' is not an array");
                    }
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        fileFields.add(readObject(json, file));
                    }
                } else if (value.isScalarValue()) {
                    fields.put(name, json.getText());
                } else {
                    json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("savepoint description " + file + " is not valid JSON: " + e.getOriginalMessage(),
                    e);
        }
        // A savepoint's files are all full files of its own directory.
        List<StateFile> files = new ArrayList<>();
        for (Map<String, String> stateFile : fileFields) {
            files.add(stateFile(stateFile, file, checkpointIdOf(fields, file)));
        }
        if (!Integer.toString(FORMAT_VERSION).equals(fields.get("format"))) {
            throw malformed(file, "format " + fields.get("format") + " is not " + FORMAT_VERSION);
        }
        try {
            return new CompletedCheckpoint(required(fields, "job_id", file),
                    Long.parseLong(required(fields, "checkpoint_id", file)),
                    CheckpointKind.valueOf(required(fields, "kind", file)),
                    CheckpointingMode.valueOf(required(fields, "checkpointing_mode", file)),
                    Integer.parseInt(required(fields, "max_parallelism", file)), directory.toString(),
                    Instant.parse(required(fields, "trigger_time", file)),
                    Instant.parse(required(fields, "completion_time", file)), files);
        } catch (RuntimeException e) {
            throw malformed(file, e.getMessage());
        }
    }

    private static Map<String, String> readObject(JsonParser json, Path file) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            if (!json.nextToken().isScalarValue()) {
                throw malformed(file, "'" + name + "' of a state file is not a value");
            }
            fields.put(name, json.getText());
        }
        return fields;
    }

    private static long checkpointIdOf(Map<String, String> fields, Path file) throws IOException {
        try {
            return Long.parseLong(required(fields, "checkpoint_id", file));
        } catch (NumberFormatException e) {
            throw malformed(file, e.getMessage());
        }
    }

    private static StateFile stateFile(Map<String, String> fields, Path file, long checkpointId) throws IOException {
        try {
            StateTable table = new StateTable(required(fields, "operator_uid", file),
                    required(fields, "state_name", file), StateKind.valueOf(required(fields, "state_kind", file)),
                    SchemaText.parse(required(fields, "table_schema", file)));
            return new StateFile(table, Integer.parseInt(required(fields, "subtask", file)),
                    Integer.parseInt(required(fields, "first_key_group", file)),
                    Integer.parseInt(required(fields, "last_key_group", file)), StateFile.Content.FULL, checkpointId,
                    required(fields, "file_path", file),
                    Long.parseLong(required(fields, "size_bytes", file)),
                    Long.parseLong(required(fields, "row_count", file)), required(fields, "checksum", file));
        } catch (RuntimeException e) {
            throw malformed(file, e.getMessage());
        }
    }

    private static String required(Map<String, String> fields, String name, Path file) throws IOException {
        String value = fields.get(name);
        if (value == null) {
            throw malformed(file, "'" + name + "' is missing");
        }
        return value;
    }

    private static void expect(JsonParser json, JsonToken token, Path file) throws IOException {
        if (json.nextToken() != token) {
            throw malformed(file, "expected " + token + " at " + json.currentLocation());
        }
    }

    private static IOException malformed(Path file, String detail) {
        return new IOException("savepoint description " + file + " is malformed: " + detail);
    }
}
