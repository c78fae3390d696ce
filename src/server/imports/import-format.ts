import { fileTypeFromBuffer } from 'file-type';
import type { IMPORT_FORMATS } from '../db/schema.js';
import { UnsupportedMediaTypeError, ValidationError } from '../http/errors.js';
import { decodeText } from './csv-source.js';
import { ImportFileError } from './import-source.js';
import { isXGewerbe, xmlRoot } from './xgewerbe-source.js';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MEDIA_TYPES: Record<ImportFormat, string> = { csv: 'text/csv', xlsx: XLSX, xgewerbe: 'application/xml' };

/**
 * The format is read from the bytes, never from the name: an XLSX archive, an XML message
 * whose root lies in the XGewerbeanzeige namespace, or else text, taken as CSV. Anything
 * else (an image, a PDF, a Word file, binary noise) is refused with 415.
 */
export async function detectImportFormat(content: Buffer, fileName: string): Promise<{ format: ImportFormat; text: string | null }> {
  if (content.length === 0) throw new ValidationError(`Die Datei „${fileName}“ ist leer`);
  const detected = await fileTypeFromBuffer(content);
  if (detected?.mime === XLSX) return { format: 'xlsx', text: null };
  if (detected && detected.mime !== 'application/xml') {
    throw new UnsupportedMediaTypeError(
      `Die Datei „${fileName}“ ist vom Typ ${detected.mime}; importiert werden CSV, XLSX und XGewerbeanzeige-XML`,
    );
  }
  if (content.subarray(0, 8192).includes(0)) {
    throw new UnsupportedMediaTypeError(
      `Die Datei „${fileName}“ ist weder Text noch XLSX; importiert werden CSV, XLSX und XGewerbeanzeige-XML`,
    );
  }
  const text = decodeText(content);
  if (!text.trimStart().startsWith('<')) return { format: 'csv', text };
  let root;
  try {
    root = xmlRoot(text);
  } catch (err) {
    if (err instanceof ImportFileError) throw new ValidationError(err.message);
    throw err;
  }
  if (!isXGewerbe(root)) {
    const ns = root.namespace ? ` im Namensraum ${root.namespace}` : ' ohne Namensraum';
    throw new ValidationError(
      `Die XML-Datei ist keine XGewerbeanzeige: das Wurzelelement ist „${root.name}“${ns}, erwartet wird eine Nachricht im Namensraum http://www.xgewerbeanzeige.de/spezifikation/…`,
    );
  }
  return { format: 'xgewerbe', text };
}
