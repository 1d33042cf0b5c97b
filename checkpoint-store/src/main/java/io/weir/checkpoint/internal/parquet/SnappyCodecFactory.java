package io.weir.checkpoint.internal.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression with snappy-java alone: Parquet's own codec factory goes through Hadoop's codec classes
 * (and its native-library probing), which Weir neither needs nor wants to load. Handles SNAPPY and UNCOMPRESSED,
 * the codecs Weir writes; a file compressed otherwise is refused with the codec's name.
 */
final class SnappyCodecFactory implements CompressionCodecFactory {
    static final SnappyCodecFactory INSTANCE = new SnappyCodecFactory();

    private SnappyCodecFactory() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        switch (codecName) {
            case SNAPPY:
                return SnappyCompressor.INSTANCE;
            case UNCOMPRESSED:
                return NoCompressor.INSTANCE;
            default:
                throw new IllegalArgumentException("Weir writes state files with SNAPPY or UNCOMPRESSED, not " + codecName);
        }
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        switch (codecName) {
            case SNAPPY:
                return SnappyDecompressor.INSTANCE;
            case UNCOMPRESSED:
                return NoDecompressor.INSTANCE;
            default:
                throw new IllegalArgumentException("cannot read a Parquet file compressed with " + codecName
                        + "; Weir reads SNAPPY and UNCOMPRESSED");
        }
    }

    @Override
    public void release() {
        // stateless: nothing to release
    }

    private static final class SnappyCompressor implements BytesInputCompressor {
        static final SnappyCompressor INSTANCE = new SnappyCompressor();

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            return BytesInput.from(Snappy.compress(bytes.toByteArray()));
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.SNAPPY;
        }

        @Override
        public void release() {
            // stateless
        }
    }

    private static final class SnappyDecompressor implements BytesInputDecompressor {
        static final SnappyDecompressor INSTANCE = new SnappyDecompressor();

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            byte[] output = new byte[decompressedSize];
            byte[] input = bytes.toByteArray();
            int length = Snappy.uncompress(input, 0, input.length, output, 0);
            if (length != decompressedSize) {
                throw new IOException("a Snappy page decompressed to " + length + " bytes, not " + decompressedSize);
            }
            return BytesInput.from(output);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] in = new byte[compressedSize];
            input.get(in);
            byte[] out = new byte[decompressedSize];
            int length = Snappy.uncompress(in, 0, compressedSize, out, 0);
            if (length != decompressedSize) {
                throw new IOException("a Snappy page decompressed to " + length + " bytes, not " + decompressedSize);
            }
            output.put(out);
        }

        @Override
        public void release() {
            // stateless
        }
    }

    private static final class NoCompressor implements BytesInputCompressor {
        static final NoCompressor INSTANCE = new NoCompressor();

        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
            // stateless
        }
    }

    private static final class NoDecompressor implements BytesInputDecompressor {
        static final NoDecompressor INSTANCE = new NoDecompressor();

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) {
            return bytes;
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize) {
            ByteBuffer slice = input.duplicate();
            slice.limit(slice.position() + compressedSize);
            output.put(slice);
        }

        @Override
        public void release() {
            // stateless
        }
    }
}
