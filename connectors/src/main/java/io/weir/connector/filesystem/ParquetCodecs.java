package io.weir.connector.filesystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression over snappy-java alone, so that neither writing nor reading loads Hadoop's codec classes
 * or probes for native libraries. SNAPPY and UNCOMPRESSED are supported; another codec fails with its name, which the
 * reader reports together with the file's. A compressor it hands out reuses its buffers from page to page, so each
 * writer takes its own (Parquet's page writer copies a compressed page before it asks for the next).
 */
public final class ParquetCodecs implements CompressionCodecFactory {
    public static final ParquetCodecs INSTANCE = new ParquetCodecs();

    private ParquetCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        if (codecName == CompressionCodecName.SNAPPY) {
            return new SnappyCompressor();
        }
        if (codecName == CompressionCodecName.UNCOMPRESSED) {
            return Plain.INSTANCE;
        }
        throw new IllegalArgumentException("Weir writes Parquet pages with SNAPPY or UNCOMPRESSED, not " + codecName);
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        if (codecName == CompressionCodecName.SNAPPY) {
            return SnappyDecompressor.INSTANCE;
        }
        if (codecName == CompressionCodecName.UNCOMPRESSED) {
            return Plain.INSTANCE;
        }
        throw new IllegalArgumentException("its pages are compressed with " + codecName
                + ", but Weir reads only SNAPPY and UNCOMPRESSED pages");
    }

    @Override
    public void release() {
        // stateless: nothing to release
    }

    /**
     * Compresses each page from one growing input buffer into one growing output buffer. Measured on 1.5 M rows of a
     * group aggregation's state (about 80 pages of 1 MB), copying each page into a new array and compressing it into
     * another allocated twice the file's raw size per file, which the garbage collector then had to reclaim beside
     * the job's own state.
     */
    private static final class SnappyCompressor implements BytesInputCompressor {
        private final PageBytes input = new PageBytes();
        private byte[] output = new byte[0];

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            input.reset();
            bytes.writeAllTo(input);
            int maxLength = Snappy.maxCompressedLength(input.size());
            if (output.length < maxLength) {
                output = new byte[maxLength];
            }
            int length = Snappy.compress(input.bytes(), 0, input.size(), output, 0);
            return BytesInput.from(output, 0, length);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.SNAPPY;
        }

        @Override
        public void release() {
            // the buffers go with the compressor
        }
    }

    /** A byte array output stream whose buffer is read in place. */
    private static final class PageBytes extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }

    private static final class SnappyDecompressor implements BytesInputDecompressor {
        static final SnappyDecompressor INSTANCE = new SnappyDecompressor();

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            byte[] input = bytes.toByteArray();
            byte[] output = new byte[decompressedSize];
            checkSize(Snappy.uncompress(input, 0, input.length, output, 0), decompressedSize);
            return BytesInput.from(output);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            byte[] out = new byte[decompressedSize];
            checkSize(Snappy.uncompress(in, 0, compressedSize, out, 0), decompressedSize);
            output.put(out);
        }

        private static void checkSize(int actual, int expected) throws IOException {
            if (actual != expected) {
                throw new IOException("a Snappy page decompressed to " + actual + " bytes, not " + expected);
            }
        }

        @Override
        public void release() {
            // stateless
        }
    }

    /** UNCOMPRESSED pages: the bytes as they are, both ways. */
    private static final class Plain implements BytesInputCompressor, BytesInputDecompressor {
        static final Plain INSTANCE = new Plain();

        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize) {
            ByteBuffer slice = input.duplicate();
            slice.limit(slice.position() + compressedSize);
            output.put(slice);
            input.position(input.position() + compressedSize);
        }

        @Override
        public void release() {
            // stateless
        }
    }
}
