import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { UnsupportedMediaTypeError, ValidationError } from '../http/errors.js';

/** Evidence the folder typically holds: brochures, flyers and concepts as PDF or images. */
export const EVIDENCE_MEDIA_TYPES: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/webp': ['.webp'],
};

export type InspectedFile = { fileName: string; mediaType: string; size: number; sha256: string };

/**
 * The type is read from the bytes, never trusted from the client: a declared type or a
 * file-name extension that disagrees with the content is refused as mislabelled.
 */
export async function inspectUpload(
  content: Buffer,
  declared: { fileName: string; mediaType: string },
  allowed: Record<string, string[]> = EVIDENCE_MEDIA_TYPES,
): Promise<InspectedFile> {
  const fileName = sanitizeFileName(declared.fileName);
  if (content.length === 0) throw new ValidationError(`The file "${fileName}" is empty`);
  const detected = await fileTypeFromBuffer(content);
  const allowedList = Object.keys(allowed).join(', ');
  if (!detected || !allowed[detected.mime]) {
    throw new UnsupportedMediaTypeError(
      `The file "${fileName}" is ${detected ? `of type ${detected.mime}` : 'of an unknown type'}; allowed are ${allowedList}`,
    );
  }
  const declaredType = declared.mediaType.split(';')[0]!.trim().toLowerCase();
  if (declaredType !== 'application/octet-stream' && declaredType !== detected.mime) {
    throw new UnsupportedMediaTypeError(`The file "${fileName}" is labelled ${declaredType} but its content is ${detected.mime}`);
  }
  const ext = path.extname(fileName).toLowerCase();
  if (!allowed[detected.mime]!.includes(ext)) {
    throw new UnsupportedMediaTypeError(
      `The file "${fileName}" has the extension "${ext || '(none)'}" but its content is ${detected.mime}`,
    );
  }
  return { fileName, mediaType: detected.mime, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
}

/** Keeps the visible name but drops paths and control characters. */
export function sanitizeFileName(name: string): string {
  const base = path.basename(name.replaceAll('\\', '/'));
  const clean = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return clean || 'file';
}
