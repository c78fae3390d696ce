import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportFileError, type ImportSource, type SourceItem } from './import-source.js';
import type { RowFields } from './import-row.js';

// XGewerbeanzeige (trade notices, GewAnzV § 3): an XÖV message whose root element lies in
// the namespace http://www.xgewerbeanzeige.de/spezifikation/<version>, a nachrichtenkopf
// (message UUID, creation instant) and one or more notices. Each notice carries its own
// UUID (the technical identity of a Gewerbeanzeige, used as the case's external id), the
// gewerbebetriebID, datumMeldung, the Meldungsart (Anmeldung, Ummeldung, Abmeldung), the
// municipality key (AGS) of the Gemeinde and the business's name. Elements are found by
// their local name, so prefixes and the version's exact nesting do not matter.

export const XGEWERBE_NAMESPACE = 'http://www.xgewerbeanzeige.de/spezifikation/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MELDUNGSARTEN: Record<string, string> = {
  '01': 'Anmeldung',
  '1': 'Anmeldung',
  '02': 'Ummeldung',
  '2': 'Ummeldung',
  '03': 'Abmeldung',
  '3': 'Abmeldung',
};

type Node = Record<string, unknown>;
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseXml(text: string): Node {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)))
    throw new ImportFileError('Die XML-Datei enthält eine DOCTYPE-Deklaration; XGewerbeanzeige-Nachrichten haben keine');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new ImportFileError(`Die XML-Datei ist nicht wohlgeformt (Zeile ${valid.err.line}: ${valid.err.msg})`);
  // strings stay strings: an AGS or a code keeps its leading zeros
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
  }).parse(text) as Node;
}

/** The root element's name as written and its namespace. */
export function xmlRoot(text: string): { name: string; namespace: string | null; node: Node } {
  const doc = parseXml(text);
  const name = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  if (!name) throw new ImportFileError('Die XML-Datei hat kein Wurzelelement');
  const node = (typeof doc[name] === 'object' && doc[name] !== null ? doc[name] : {}) as Node;
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : null;
  const namespace = (node[prefix ? `@xmlns:${prefix}` : '@xmlns'] as string | undefined) ?? null;
  return { name, namespace, node };
}

export const isXGewerbe = (root: { namespace: string | null }) => root.namespace?.startsWith(XGEWERBE_NAMESPACE) ?? false;

function children(node: unknown, name: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@') || local(key) !== name) continue;
    for (const v of Array.isArray(value) ? value : [value]) out.push((typeof v === 'object' && v !== null ? v : { '#text': v }) as Node);
  }
  return out;
}

/** The first element with one of the names, depth first. */
function find(node: unknown, names: readonly string[]): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  for (const name of names) {
    const [hit] = children(node, name);
    if (hit) return hit;
  }
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@') || key === '#text') continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      const hit = find(v, names);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** An element's text, or the code of an XÖV code element (<x><code>01</code><name>…</name></x>). */
function text(node: Node | undefined): string {
  if (!node) return '';
  const own = node['#text'];
  if (own !== undefined && own !== null && typeof own !== 'object') return String(own).trim();
  const [code] = children(node, 'code');
  return code ? text(code) : '';
}

/** All notices of the message, depth first, in document order. */
function notices(node: unknown, out: Node[] = []): Node[] {
  if (!node || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key.startsWith('@') || key === '#text') continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (local(key) === 'gewerbeanzeige') out.push(v as Node);
      else notices(v, out);
    }
  }
  return out;
}

function noticeFields(notice: Node, head: { messageUuid: string; createdAt: string }): RowFields | string {
  const uuid = text(children(notice, 'uuid')[0]);
  if (!uuid) return 'uuid der Gewerbeanzeige fehlt';
  if (!UUID.test(uuid)) return `uuid „${uuid.slice(0, 80)}“ ist keine UUID`;
  const kindNode = find(notice, ['meldungsart']);
  const kindCode = text(kindNode);
  const kind = MELDUNGSARTEN[kindCode] ?? (text(children(kindNode ?? {}, 'name')[0]) || kindCode || 'Gewerbeanzeige');
  const businessName = text(find(notice, ['betriebsname', 'firmenname', 'bezeichnungBetrieb']));
  const person = find(notice, ['natuerlichePerson', 'person']);
  const contactName = person
    ? [text(find(person, ['vorname'])), text(find(person, ['familienname', 'nachname']))].filter(Boolean).join(' ')
    : '';
  const betriebsId = text(find(notice, ['gewerbebetriebID']));
  const details: Record<string, string> = { meldungsart: kind };
  if (betriebsId) details.gewerbebetriebID = betriebsId;
  if (head.messageUuid) details.nachrichtenUUID = head.messageUuid;
  if (head.createdAt) details.erstellungszeitpunkt = head.createdAt;
  const fields: RowFields = {
    externalId: uuid.toLowerCase(),
    receivedAt: text(find(notice, ['datumMeldung'])),
    subject: `Gewerbe${kind.toLowerCase()}${businessName ? `: ${businessName}` : ''}`.slice(0, 500),
    ags: text(find(notice, ['ags', 'gemeindeschluessel', 'amtlicherGemeindeschluessel'])),
    details,
  };
  if (businessName) fields.businessName = businessName;
  if (contactName) fields.contactName = contactName;
  const email = text(find(notice, ['email', 'eMail', 'emailadresse']));
  if (email) fields.contactEmail = email;
  const phone = text(find(notice, ['telefon', 'telefonnummer']));
  if (phone) fields.contactPhone = phone;
  return fields;
}

/** The notices of an XGewerbeanzeige message; "Meldung 2" is its second notice. */
export function xgewerbeSource(xml: string): ImportSource & { count: number } {
  const root = xmlRoot(xml);
  const head = find(root.node, ['nachrichtenkopf']);
  const meta = { messageUuid: text(find(head, ['nachrichtenUUID', 'uuid'])), createdAt: text(find(head, ['erstellungszeitpunkt'])) };
  const found = notices(root.node);
  return {
    label: 'Meldung',
    count: found.length,
    async *items(): AsyncGenerator<SourceItem> {
      let position = 0;
      for (const notice of found) {
        position++;
        const fields = noticeFields(notice, meta);
        yield typeof fields === 'string' ? { position, problem: fields } : { position, fields };
      }
    },
  };
}
