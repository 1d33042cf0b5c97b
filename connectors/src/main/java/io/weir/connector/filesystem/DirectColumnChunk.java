package io.weir.connector.filesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The values of one non-repeated column chunk, decoded straight from each page's bytes: PLAIN values from the page's
 * array with a little-endian view handle, dictionary-encoded ones as ids into arrays made once from the dictionary
 * page. Parquet's own column reader goes through a values reader over a byte-buffer stream per value and a virtual
 * binding per type; reading directly made the restore of a group aggregation's state almost twice as fast (see
 * docs/benchmarks.md). Only for columns of INT32, INT64, FLOAT, DOUBLE, BINARY or FIXED_LEN_BYTE_ARRAY whose pages
 * are PLAIN or dictionary-encoded: {@link #suits} says which. Levels are decoded by Parquet's level decoders.
 */
final class DirectColumnChunk {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final ColumnDescriptor descriptor;
    private final PageReader pages;
    private final int maxDefinitionLevel;
    private final int fixedLength;
    /** The dictionary's values: numbers as their bits in {@code dictionaryBits}, binaries in {@code dictionaryBytes}. */
    private long[] dictionaryBits;
    private byte[][] dictionaryBytes;
    /** The ids of the current page's values if it is dictionary-encoded, else null. */
    private RunLengthBitPackingHybridDecoder ids;
    private ValuesReader levelsV1;
    private RunLengthBitPackingHybridDecoder levelsV2;
    private byte[] data;
    private int position;
    private int valuesLeftInPage;
    private int definitionLevel;

    DirectColumnChunk(ColumnDescriptor descriptor, PageReader pages) {
        this.descriptor = descriptor;
        this.pages = pages;
        this.maxDefinitionLevel = descriptor.getMaxDefinitionLevel();
        PrimitiveTypeName type = descriptor.getPrimitiveType().getPrimitiveTypeName();
        this.fixedLength = type == PrimitiveTypeName.INT32 || type == PrimitiveTypeName.FLOAT ? 4
                : type == PrimitiveTypeName.INT64 || type == PrimitiveTypeName.DOUBLE ? 8
                : type == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY ? descriptor.getPrimitiveType().getTypeLength()
                : -1;
        readDictionary(type);
        consume();
    }

    private void readDictionary(PrimitiveTypeName type) {
        DictionaryPage page = pages.readDictionaryPage();
        if (page == null) {
            return;
        }
        Dictionary dictionary;
        try {
            dictionary = page.getEncoding().initDictionary(descriptor, page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionary of column " + descriptor, e);
        }
        int size = dictionary.getMaxId() + 1;
        if (type == PrimitiveTypeName.BINARY || type == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
            dictionaryBytes = new byte[size][];
            for (int id = 0; id < size; id++) {
                dictionaryBytes[id] = dictionary.decodeToBinary(id).getBytes();
            }
            return;
        }
        dictionaryBits = new long[size];
        for (int id = 0; id < size; id++) {
            dictionaryBits[id] = type == PrimitiveTypeName.INT32 ? dictionary.decodeToInt(id)
                    : type == PrimitiveTypeName.INT64 ? dictionary.decodeToLong(id)
                    : type == PrimitiveTypeName.FLOAT ? Float.floatToRawIntBits(dictionary.decodeToFloat(id))
                    : Double.doubleToRawLongBits(dictionary.decodeToDouble(id));
        }
    }

    /** Whether a chunk of {@code descriptor} whose pages use {@code encodings} can be read by this class. */
    static boolean suits(ColumnDescriptor descriptor, Iterable<Encoding> encodings) {
        if (descriptor.getMaxRepetitionLevel() > 0
                || descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BOOLEAN
                || descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
            return false;
        }
        for (Encoding encoding : encodings) {
            // RLE and BIT_PACKED encode levels only, except for booleans, which are excluded above.
            if (encoding != Encoding.PLAIN && encoding != Encoding.RLE && encoding != Encoding.BIT_PACKED
                    && encoding != Encoding.PLAIN_DICTIONARY && encoding != Encoding.RLE_DICTIONARY) {
                return false;
            }
        }
        return true;
    }

    /** The definition level of the current value: below the column's maximum, it is NULL. */
    int definitionLevel() {
        return definitionLevel;
    }

    /** Moves to the next value's level; the current value, if defined, must have been read or skipped. */
    void consume() {
        if (valuesLeftInPage == 0 && !nextPage()) {
            return;
        }
        valuesLeftInPage--;
        if (maxDefinitionLevel == 0) {
            definitionLevel = 0;
        } else if (levelsV1 != null) {
            definitionLevel = levelsV1.readInteger();
        } else {
            try {
                definitionLevel = levelsV2.readInt();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    int readInt() {
        if (ids != null) {
            return (int) dictionaryBits[nextId()];
        }
        int value = (int) INT.get(data, position);
        position += 4;
        return value;
    }

    long readLong() {
        if (ids != null) {
            return dictionaryBits[nextId()];
        }
        long value = (long) LONG.get(data, position);
        position += 8;
        return value;
    }

    float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** A BINARY value decoded as UTF-8, without a {@code Binary} in between. */
    String readString() {
        if (ids != null) {
            return new String(dictionaryBytes[nextId()], StandardCharsets.UTF_8);
        }
        int length = readInt();
        String value = new String(data, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** A copy of a BINARY or FIXED_LEN_BYTE_ARRAY value's bytes. */
    byte[] readBytes() {
        if (ids != null) {
            return dictionaryBytes[nextId()].clone();
        }
        int length = fixedLength >= 0 ? fixedLength : readInt();
        byte[] value = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return value;
    }

    /** Skips the current value, which is defined. */
    void skip() {
        if (ids != null) {
            nextId();
            return;
        }
        position += fixedLength >= 0 ? fixedLength : 4 + (int) INT.get(data, position);
    }

    private int nextId() {
        try {
            return ids.readInt();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a dictionary id of column " + descriptor, e);
        }
    }

    private boolean nextPage() {
        DataPage page = pages.readPage();
        if (page == null) {
            return false;
        }
        try {
            if (page instanceof DataPageV1) {
                startPage((DataPageV1) page);
            } else {
                startPage((DataPageV2) page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a page of column " + descriptor, e);
        }
        valuesLeftInPage = page.getValueCount();
        return valuesLeftInPage > 0 || nextPage();
    }

    private void startPage(DataPageV1 page) throws IOException {
        data = page.getBytes().toByteArray();
        ByteBufferInputStream in = ByteBufferInputStream.wrap(ByteBuffer.wrap(data));
        ValuesReader repetition = page.getRlEncoding().getValuesReader(descriptor, ValuesType.REPETITION_LEVEL);
        repetition.initFromPage(page.getValueCount(), in);
        levelsV1 = page.getDlEncoding().getValuesReader(descriptor, ValuesType.DEFINITION_LEVEL);
        levelsV1.initFromPage(page.getValueCount(), in);
        levelsV2 = null;
        position = (int) in.position();
        startValues(page.getValueEncoding());
    }

    private void startPage(DataPageV2 page) throws IOException {
        levelsV1 = null;
        levelsV2 = new RunLengthBitPackingHybridDecoder(BytesUtils.getWidthFromMaxInt(maxDefinitionLevel),
                page.getDefinitionLevels().toInputStream());
        data = page.getData().toByteArray();
        position = 0;
        startValues(page.getDataEncoding());
    }

    /** Starts the ids of a dictionary-encoded page (a bit width, then run-length or bit-packed ids). */
    private void startValues(Encoding encoding) {
        if (encoding == Encoding.PLAIN) {
            ids = null;
            return;
        }
        if (!encoding.usesDictionary() || (dictionaryBits == null && dictionaryBytes == null)) {
            // The chunk's metadata listed only encodings this class reads: the file contradicts itself.
            throw new IllegalStateException("a page of column " + descriptor + " is " + encoding
                    + ", which its column chunk does not list or has no dictionary for");
        }
        int bitWidth = data[position];
        ids = new RunLengthBitPackingHybridDecoder(bitWidth,
                ByteBufferInputStream.wrap(ByteBuffer.wrap(data, position + 1, data.length - position - 1)));
    }
}
