import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The bytes a browser downloads for one file: raw, and compressed as a server would. */
export interface CompressedSize {
  readonly bytes: number;
  /** gzip at level 9. */
  readonly gzip: number;
  /** Brotli at quality 11 (text mode). */
  readonly brotli: number;
}

/**
 * Sizes of `content` raw, gzipped (level 9) and Brotli-compressed (quality 11),
 * the strongest settings a static host precompresses with. Deterministic.
 *
 * @example
 * ```ts
 * compressedSize(readFileSync('app.js')); // { bytes: 215034, gzip: 68012, brotli: 59877 }
 * ```
 */
export function compressedSize(content: Uint8Array): CompressedSize {
  return {
    bytes: content.byteLength,
    gzip: gzipSync(content, { level: 9 }).byteLength,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.byteLength,
      },
    }).byteLength,
  };
}

/**
 * Adds sizes up, file by file (each file is compressed on its own, as served).
 *
 * @example
 * ```ts
 * sumSizes([jsSize, cssSize]).gzip;
 * ```
 */
export function sumSizes(sizes: readonly CompressedSize[]): CompressedSize {
  return sizes.reduce(
    (sum, size) => ({
      bytes: sum.bytes + size.bytes,
      gzip: sum.gzip + size.gzip,
      brotli: sum.brotli + size.brotli,
    }),
    { bytes: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * `size - baseline`, per measure.
 *
 * @example
 * ```ts
 * subtractSizes(everything, peers).gzip; // tenantkit's cost in gzip bytes
 * ```
 */
export function subtractSizes(size: CompressedSize, baseline: CompressedSize): CompressedSize {
  return {
    bytes: size.bytes - baseline.bytes,
    gzip: size.gzip - baseline.gzip,
    brotli: size.brotli - baseline.brotli,
  };
}
