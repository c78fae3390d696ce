import { toBerlinDate } from '../../domain/calendar/berlin-date.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { DbOrTx } from '../db/client.js';
import { ValidationError } from '../http/errors.js';
import type { MailService } from '../mail/mail.service.js';
import { acknowledgementDueOn } from './complaint.calendar.js';
import { receiptMail } from './complaint.mails.js';
import { type ComplaintRow, createComplaintRepository } from './complaint.repository.js';

// Receiving a complaint (ISO 10002 step 1), shared by the staff entry and the public form.

export type ComplaintInput = {
  type: ComplaintRow['type'];
  anonymous: boolean;
  consent: boolean;
  complainantName?: string | undefined;
  complainantEmail?: string | undefined;
  complainantPhone?: string | undefined;
  description: string;
  remedySought?: string | undefined;
  promiseId?: string | undefined;
};

export type IntakeDeps = { mail: Pick<MailService, 'enqueue'>; calendars: Pick<CalendarService, 'current'> };

export type Receipt = {
  administration: { id: string; name: string };
  channel: ComplaintRow['channel'];
  receivedAt: Date;
  caseId?: string | undefined;
  actorUserId: string | null;
  /** Public form: send a receipt with the number when the complainant gave an address and consent. */
  sendReceipt: boolean;
};

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

/** Contact data is stored only with consent; an anonymous complaint carries none. */
export function contactOf(input: ComplaintInput) {
  const contact = {
    complainantName: blankToNull(input.complainantName),
    complainantEmail: blankToNull(input.complainantEmail),
    complainantPhone: blankToNull(input.complainantPhone),
  };
  const given = Object.entries(contact).find(([, v]) => v !== null)?.[0];
  if (given && input.anonymous)
    throw new ValidationError(`${given}: an anonymous complaint carries no contact data; leave it empty or untick anonymous`);
  if (given && !input.consent) throw new ValidationError(`consent: needed to store the contact data given (${given})`);
  return contact;
}

export async function receiveComplaint(
  tx: DbOrTx,
  { mail, calendars }: IntakeDeps,
  input: ComplaintInput,
  r: Receipt,
): Promise<{ row: ComplaintRow; mailed: boolean }> {
  const repo = createComplaintRepository(tx);
  const contact = contactOf(input);
  let promiseId = input.promiseId ?? null;
  if (promiseId && !(await repo.promiseOf(r.administration.id, promiseId))) {
    throw new ValidationError(`promiseId: no service promise ${promiseId} in this administration`);
  }
  if (r.caseId) {
    const found = await repo.caseOf(r.administration.id, r.caseId);
    if (!found) throw new ValidationError(`caseId: no case ${r.caseId} in this administration`);
    promiseId ??= found.promiseId; // a complaint about a case is about its promise too
  }

  const receivedOn = toBerlinDate(r.receivedAt);
  const year = receivedOn.slice(0, 4);
  // first the number: its lock also serialises the first use of the administration's calendar
  const serial = await repo.nextNumber(r.administration.id, year);
  const dueOn = await acknowledgementDueOn(calendars, tx, r.administration.id, receivedOn);
  const row = await repo.insert({
    organizationId: r.administration.id,
    number: `B-${year}-${String(serial).padStart(4, '0')}`,
    receivedAt: r.receivedAt,
    channel: r.channel,
    type: input.type,
    anonymous: input.anonymous,
    consent: input.consent,
    ...contact,
    promiseId,
    caseId: r.caseId ?? null,
    description: input.description,
    remedySought: blankToNull(input.remedySought),
    acknowledgementDueOn: dueOn,
  });
  await repo.appendEvent({
    complaintId: row.id,
    organizationId: row.organizationId,
    step: 'received',
    occurredAt: r.receivedAt,
    actorUserId: r.actorUserId,
    data: { channel: r.channel },
  });

  const mailed = r.sendReceipt && row.consent && row.complainantEmail !== null;
  if (mailed) {
    await mail.enqueue(tx, {
      organizationId: row.organizationId,
      to: row.complainantEmail!,
      ...receiptMail({ number: row.number, type: row.type, administration: r.administration.name, receivedOn }),
      related: { type: 'complaint', id: row.id },
    });
  }
  return { row, mailed };
}
