/**
 * The source SPI: a {@link io.weir.runtime.source.Source} makes one {@link io.weir.runtime.source.SourceReader} per
 * subtask, each reading its share of the input; {@link io.weir.runtime.source.ValuesSource} is a fixed list of rows.
 *
 * <p>Threading and call order: a reader is called by its task's thread only: {@code open}, {@code pollNext} until it
 * returns {@code END_OF_INPUT} or the job stops, then {@code close} in every case. After {@code END_OF_INPUT} the
 * task itself sends a final watermark of +∞, so readers need not.
 */
package io.weir.runtime.source;
