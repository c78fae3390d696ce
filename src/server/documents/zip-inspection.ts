import { inflateRawSync } from 'node:zlib';

export type ZipLimits = { maxEntries: number; maxInflatedBytes: number };
export type ZipEntry = { name: string; size: number };

/** The archive is a readable zip but would inflate beyond the limits (a zip bomb or simply too big). */
export class ZipLimitError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;

/**
 * Lists a zip's entries with their real inflated sizes, before any library unpacks it.
 * Why inflate here: the sizes a zip declares can lie, and exceljs inflates everything into
 * memory; inflating each entry once with `maxOutputLength` caps memory whatever the archive claims.
 * Returns null when the bytes are not a zip this code can read (then it is no workbook either:
 * XLSX uses plain deflate or stored entries, no encryption, no ZIP64 at our sizes).
 */
export function inspectZip(buffer: Buffer, limits: ZipLimits): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  if (count > limits.maxEntries) throw new ZipLimitError(`The archive holds ${count} entries (at most ${limits.maxEntries})`);
  let pointer = buffer.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let inflated = 0;
  for (let i = 0; i < count; i++) {
    if (pointer + 46 > buffer.length || buffer.readUInt32LE(pointer) !== CENTRAL_SIGNATURE) return null;
    const header = readCentralHeader(buffer, pointer);
    pointer = header.next;
    const data = localData(buffer, header.localOffset, header.compressedSize);
    if (!data || header.encrypted) return null;
    const size = inflatedSize(data, header.method, limits.maxInflatedBytes - inflated);
    if (size === null) return null;
    inflated += size;
    entries.push({ name: header.name, size });
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let i = buffer.length - EOCD_MIN_LENGTH; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function readCentralHeader(buffer: Buffer, at: number) {
  const nameLength = buffer.readUInt16LE(at + 28);
  const extraLength = buffer.readUInt16LE(at + 30);
  const commentLength = buffer.readUInt16LE(at + 32);
  return {
    encrypted: (buffer.readUInt16LE(at + 8) & 1) === 1,
    method: buffer.readUInt16LE(at + 10),
    compressedSize: buffer.readUInt32LE(at + 20),
    localOffset: buffer.readUInt32LE(at + 42),
    name: buffer.toString('utf8', at + 46, Math.min(buffer.length, at + 46 + nameLength)),
    next: at + 46 + nameLength + extraLength + commentLength,
  };
}

function localData(buffer: Buffer, offset: number, compressedSize: number): Buffer | null {
  if (offset + 30 > buffer.length || buffer.readUInt32LE(offset) !== LOCAL_SIGNATURE) return null;
  const start = offset + 30 + buffer.readUInt16LE(offset + 26) + buffer.readUInt16LE(offset + 28);
  if (start + compressedSize > buffer.length) return null;
  return buffer.subarray(start, start + compressedSize);
}

function inflatedSize(data: Buffer, method: number, budget: number): number | null {
  if (method === 0) {
    if (data.length > budget) throw new ZipLimitError('The archive inflates beyond the size limit');
    return data.length;
  }
  if (method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipLimitError('The archive inflates beyond the size limit');
    return null;
  }
}
