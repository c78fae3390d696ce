// The columns of a case import (CSV or the first sheet of an XLSX), as staff name them.
// Headers are matched case-insensitively, ignoring spaces, hyphens and underscores, so
// "E-Mail", "email" and "E Mail" are one column.

export const IMPORT_COLUMNS = {
  reference: 'Aktenzeichen',
  externalId: 'Externe ID',
  promiseKey: 'Versprechen',
  receivedAt: 'Eingang',
  fulfilledOn: 'Erledigt am',
  subject: 'Betreff',
  businessName: 'Unternehmen',
  contactName: 'Ansprechperson',
  contactEmail: 'E-Mail',
  contactPhone: 'Telefon',
  pilotEmail: 'Lotse',
} as const;

export type ColumnKey = keyof typeof IMPORT_COLUMNS;

/** Other names the same column goes by in the exports of municipal systems. */
const ALIASES: Record<ColumnKey, string[]> = {
  reference: ['az', 'aktenzeichen', 'geschaeftszeichen', 'geschäftszeichen'],
  externalId: ['externeid', 'externalid', 'id'],
  promiseKey: ['versprechen', 'serviceversprechen', 'versprechenschluessel'],
  receivedAt: ['eingang', 'eingangsdatum', 'eingegangenam', 'eingangam'],
  fulfilledOn: ['erledigtam', 'erledigt', 'erledigungsdatum'],
  subject: ['betreff', 'anliegen'],
  businessName: ['unternehmen', 'firma', 'betrieb', 'betriebsname'],
  contactName: ['ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'kontakt'],
  contactEmail: ['email', 'mail', 'emailadresse'],
  contactPhone: ['telefon', 'tel', 'telefonnummer'],
  pilotEmail: ['lotse', 'lotsin', 'lotsenemail', 'lotseemail'],
};

const normalize = (header: string) => header.toLowerCase().replace(/[\s\-_.]+/g, '');
const byAlias = new Map(Object.entries(ALIASES).flatMap(([key, names]) => names.map((n) => [normalize(n), key as ColumnKey])));

/** What each header cell means: a known column, or an extra one whose values go into the case's details. */
export type HeaderMap = { columns: ({ key: ColumnKey } | { extra: string } | null)[]; missing: string[] };

/** Maps a header row; `missing` lists, in German, the required columns the file lacks. */
export function mapHeader(cells: readonly string[], opts: { promiseRequired: boolean }): HeaderMap {
  const seen = new Set<ColumnKey>();
  const columns = cells.map((cell) => {
    const name = cell.trim();
    if (!name) return null;
    const key = byAlias.get(normalize(name));
    if (!key) return { extra: name.slice(0, 60) };
    if (seen.has(key)) return null; // the first of two columns with one meaning wins
    seen.add(key);
    return { key };
  });
  const required: ColumnKey[] = opts.promiseRequired ? ['receivedAt', 'promiseKey'] : ['receivedAt'];
  return { columns, missing: required.filter((k) => !seen.has(k)).map((k) => IMPORT_COLUMNS[k]) };
}

/** The template offered for download: the header and one example row (semicolons, as German Excel writes). */
export function templateCsv(promiseKey = 'gewerbeanmeldung'): string {
  const header = Object.values(IMPORT_COLUMNS).join(';');
  const example = [
    'GA-2026-0001',
    '',
    promiseKey,
    '04.05.2026 09:30',
    '05.05.2026',
    'Gewerbeanmeldung Bäckerei',
    'Bäckerei Korn GmbH',
    'Erika Korn',
    'info@baeckerei-korn.example',
    '0209 12345',
    '',
  ].join(';');
  return `\uFEFF${header}\r\n${example}\r\n`;
}
