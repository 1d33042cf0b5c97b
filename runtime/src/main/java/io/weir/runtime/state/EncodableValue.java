package io.weir.runtime.state;

/**
 * An in-memory structure an operator keeps in a {@code BYTES} field of a state row, such as the value counts that
 * let {@code COUNT(DISTINCT x)} retract. A snapshot stores the field as {@link #encode()}'s bytes; after a restore
 * the field holds those bytes as a {@code byte[]}, and the operator decodes them the first time it uses the field.
 */
public interface EncodableValue {
    /** The structure's contents as bytes its operator can decode. */
    byte[] encode();
}
