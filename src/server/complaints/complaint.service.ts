import { addDays, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { type ComplaintAction, refusalOf, STATUS_AFTER } from '../../domain/complaints/complaint-steps.js';
import { type Actor, requireMunicipalityStaff } from '../auth/actor.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { Db, DbOrTx } from '../db/client.js';
import { COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, type COMPLAINT_STEPS, COMPLAINT_TYPES } from '../db/schema.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../http/errors.js';
import type { MailInput, MailService } from '../mail/mail.service.js';
import type { PublicFormFields, PublicFormsService } from '../public-forms/public-forms.service.js';
import { type ComplaintInput, receiveComplaint } from './complaint.intake.js';
import { acknowledgementMail, responseMail } from './complaint.mails.js';
import { type ComplaintRow, createComplaintRepository, type ListFilter, type NewComplaint } from './complaint.repository.js';
import type { DECISION_CHANNELS, ROOT_CAUSES } from './complaint.schemas.js';
import { canMail, detailOf, stepStateOf, summaryOf } from './complaint.view.js';

type Deps = {
  db: Db;
  mail: Pick<MailService, 'enqueue' | 'nudge' | 'redactRelated'>;
  calendars: Pick<CalendarService, 'current'>;
  publicForms: Pick<PublicFormsService, 'verify'>;
  now: () => Date;
};

type StaffEntry = ComplaintInput & {
  channel: 'phone' | 'letter' | 'email' | 'in_person';
  receivedAt?: string | undefined;
  caseId?: string | undefined;
};
type Step = { values: Partial<NewComplaint>; data?: Record<string, string>; mail?: { subject: string; body: string } };

const EVENT_OF: Record<ComplaintAction, (typeof COMPLAINT_STEPS)[number]> = {
  acknowledge: 'acknowledged',
  assess: 'assessed',
  investigate: 'investigated',
  respond: 'responded',
  communicate_decision: 'decision_communicated',
  close: 'closed',
};

/** What replaces free texts on erasure: the complaint stays countable, its story does not. */
export const ERASED = '[personenbezogene Daten gelöscht]';
/** A complaint entered late is still entered, but not one from before last year. */
const MAX_BACKDATE_DAYS = 366;

/**
 * The complaint office (ISO 10002). Each step is its own action with its own validation,
 * taken in order on a locked row; every step is logged with who and when. Mails to the
 * complainant are written to the outbox in the same transaction and sent after commit.
 */
export function createComplaintService({ db, mail, calendars, publicForms, now }: Deps) {
  const today = () => toBerlinDate(now());

  async function load(organizationId: string, id: string, tx: DbOrTx = db, forUpdate = false) {
    const found = await createComplaintRepository(tx).find(organizationId, id, { forUpdate });
    if (!found) throw new NotFoundError(`Complaint ${id} not found`);
    return found;
  }

  async function administrationOf(organizationId: string) {
    const administration = await createComplaintRepository(db).administration(organizationId);
    if (!administration) throw new NotFoundError(`Administration ${organizationId} not found`);
    return administration;
  }

  async function get(actor: Actor, id: string) {
    requireMunicipalityStaff(actor);
    const found = await load(actor.organizationId, id);
    return detailOf(found, await createComplaintRepository(db).events(actor.organizationId, id), today());
  }

  /** Takes one step on the locked complaint; the mail it causes commits with it and is nudged after. */
  async function step(
    actor: Actor,
    id: string,
    action: ComplaintAction,
    build: (c: ComplaintRow, tx: DbOrTx, administration: string) => Promise<Step> | Step,
  ) {
    requireMunicipalityStaff(actor);
    const mailed = await db.transaction(async (tx) => {
      const repo = createComplaintRepository(tx);
      const c = (await load(actor.organizationId, id, tx, true)).complaint;
      const refusal = refusalOf(action, stepStateOf(c));
      if (refusal) throw new ConflictError(`Complaint ${c.number}: ${refusal}`);
      const administration = await repo.administration(actor.organizationId);
      const s = await build(c, tx, administration?.name ?? '');
      await repo.update(actor.organizationId, id, { status: STATUS_AFTER[action], ...s.values });
      await repo.appendEvent({
        complaintId: id,
        organizationId: actor.organizationId,
        step: EVENT_OF[action],
        occurredAt: now(),
        actorUserId: actor.userId,
        data: s.data ?? {},
      });
      if (s.mail && canMail(c)) {
        const out: MailInput = { organizationId: c.organizationId, to: c.complainantEmail, ...s.mail, related: { type: 'complaint', id } };
        await mail.enqueue(tx, out);
        return true;
      }
      return false;
    });
    if (mailed) await mail.nudge();
    return get(actor, id);
  }

  const about = (c: ComplaintRow, administration: string) => ({ number: c.number, type: c.type, administration });

  return {
    get,

    async list(
      actor: Actor,
      filter: Omit<ListFilter, 'overdueOn'> & { overdue?: boolean | undefined },
      page: { page: number; pageSize: number },
    ) {
      requireMunicipalityStaff(actor);
      const { overdue, ...rest } = filter;
      const found = await createComplaintRepository(db).list(
        actor.organizationId,
        { ...rest, ...(overdue && { overdueOn: today() }) },
        { limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
      );
      return { items: found.items.map((r) => summaryOf(r, today())), total: found.total, page: page.page, pageSize: page.pageSize };
    },

    /** Entered by staff: a phone call, a letter, an e-mail or a visit. */
    async create(actor: Actor, body: StaffEntry) {
      requireMunicipalityStaff(actor);
      const administration = await administrationOf(actor.organizationId);
      const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now();
      if (receivedAt.getTime() > now().getTime() + 60_000) throw new ValidationError('receivedAt: lies in the future');
      if (toBerlinDate(receivedAt) < addDays(today(), -MAX_BACKDATE_DAYS))
        throw new ValidationError(`receivedAt: more than ${MAX_BACKDATE_DAYS} days ago`);
      const { row } = await db.transaction((tx) =>
        receiveComplaint(tx, { mail, calendars }, body, {
          administration,
          channel: body.channel,
          receivedAt,
          caseId: body.caseId,
          actorUserId: actor.userId,
          sendReceipt: false,
        }),
      );
      return get(actor, row.id);
    },

    /** The public form: no login; spam checks first, then the same intake as staff entries. */
    async submitPublic(organizationId: string, body: ComplaintInput & PublicFormFields) {
      await publicForms.verify(body);
      const administration = await administrationOf(organizationId);
      if (body.promiseId) {
        const promise = await createComplaintRepository(db).promiseOf(organizationId, body.promiseId);
        if (!promise || !promise.published || promise.retiredAt)
          throw new ValidationError(`promiseId: no published service promise ${body.promiseId} here`);
      }
      const { row, mailed } = await db.transaction((tx) =>
        receiveComplaint(tx, { mail, calendars }, body, {
          administration,
          channel: 'web_form',
          receivedAt: now(),
          actorUserId: null,
          sendReceipt: true,
        }),
      );
      if (mailed) await mail.nudge();
      return { number: row.number };
    },

    acknowledge: (actor: Actor, id: string, body: { message?: string | undefined }) =>
      step(actor, id, 'acknowledge', (c, _tx, administration) => {
        const message = body.message?.trim();
        if (message && !canMail(c))
          throw new ValidationError(
            'message: the complainant gave no e-mail address with consent; acknowledge by phone or letter and leave the message empty',
          );
        return {
          values: { acknowledgedAt: now() },
          data: { mailed: String(Boolean(message)) },
          ...(message && { mail: acknowledgementMail({ ...about(c, administration), message }) }),
        };
      }),

    assess: (
      actor: Actor,
      id: string,
      body: {
        type: ComplaintRow['type'];
        severity: NonNullable<ComplaintRow['severity']>;
        assessment: string;
        assigneeUserId: string;
        responseDueOn: string;
      },
    ) =>
      step(actor, id, 'assess', async (c, tx) => {
        const assignees = await createComplaintRepository(tx).assignees(c.organizationId);
        if (!assignees.some((a) => a.id === body.assigneeUserId))
          throw new ValidationError(`assigneeUserId: ${body.assigneeUserId} is no active staff member of this administration`);
        if (body.responseDueOn < today()) throw new ValidationError(`responseDueOn: ${body.responseDueOn} lies in the past`);
        return {
          values: {
            type: body.type,
            severity: body.severity,
            assessment: body.assessment,
            assigneeUserId: body.assigneeUserId,
            responseDueOn: body.responseDueOn,
          },
          data: { severity: body.severity, type: body.type },
        };
      }),

    investigate: (actor: Actor, id: string, body: { investigation: string }) =>
      step(actor, id, 'investigate', () => ({ values: { investigation: body.investigation } })),

    respond: (actor: Actor, id: string, body: { response: string }) =>
      step(actor, id, 'respond', (c, _tx, administration) => ({
        values: { response: body.response, respondedAt: now() },
        data: { mailed: String(canMail(c)) },
        mail: responseMail({ ...about(c, administration), response: body.response }),
      })),

    communicateDecision: (actor: Actor, id: string, body: { channel: (typeof DECISION_CHANNELS)[number] }) =>
      step(actor, id, 'communicate_decision', (c) => {
        if (body.channel === 'email' && !canMail(c))
          throw new ValidationError('channel: the complainant gave no e-mail address with consent');
        return { values: { decisionCommunicatedAt: now() }, data: { channel: body.channel } };
      }),

    close: (
      actor: Actor,
      id: string,
      body: {
        satisfaction?: number | undefined;
        rootCause?: (typeof ROOT_CAUSES)[number] | undefined;
        correctiveAction?: string | undefined;
      },
    ) =>
      step(actor, id, 'close', (c) => {
        // ISO 10002 asks for the cause of every complaint; an idea or praise has none
        if (c.type === 'complaint' && !body.rootCause) throw new ValidationError('rootCause: required to close a complaint');
        return {
          values: {
            closedAt: now(),
            satisfaction: body.satisfaction ?? null,
            rootCause: body.rootCause ?? null,
            correctiveAction: body.correctiveAction?.trim() || null,
          },
          data: body.satisfaction ? { satisfaction: String(body.satisfaction) } : undefined,
        };
      }),

    /**
     * GDPR erasure: contact data goes, free texts become a neutral marker; what the
     * statistics need (dates, channel, type, severity, status, satisfaction, root cause) stays.
     */
    async erasePersonalData(actor: Actor, id: string) {
      if (actor.role !== 'municipality_admin') throw new ForbiddenError('Only the administration’s admin may erase personal data');
      await db.transaction(async (tx) => {
        const c = (await load(actor.organizationId, id, tx, true)).complaint;
        if (c.personalDataErasedAt)
          throw new ConflictError(`Complaint ${c.number}: personal data was already erased on ${toBerlinDate(c.personalDataErasedAt)}`);
        const marked = (v: string | null) => (v === null ? null : ERASED);
        const repo = createComplaintRepository(tx);
        await repo.update(actor.organizationId, id, {
          complainantName: null,
          complainantEmail: null,
          complainantPhone: null,
          description: ERASED,
          remedySought: marked(c.remedySought),
          assessment: marked(c.assessment),
          investigation: marked(c.investigation),
          response: marked(c.response),
          personalDataErasedAt: now(),
        });
        await repo.appendEvent({
          complaintId: id,
          organizationId: actor.organizationId,
          step: 'personal_data_erased',
          occurredAt: now(),
          actorUserId: actor.userId,
          data: {},
        });
        await mail.redactRelated(tx, { type: 'complaint', id });
      });
      return get(actor, id);
    },

    async stats(actor: Actor, range: { from: string; to: string }) {
      requireMunicipalityStaff(actor);
      if (range.from > range.to) throw new ValidationError(`from: ${range.from} lies after to ${range.to}`);
      const { totals: t, rootCauses } = await createComplaintRepository(db).stats(actor.organizationId, range.from, range.to, today());
      const pick = <K extends string>(prefix: string, keys: readonly K[]) =>
        Object.fromEntries(keys.map((k) => [k, Number(t[`${prefix}:${k}`] ?? 0)])) as Record<K, number>;
      const decided = Number(t.ackDecided ?? 0);
      const withinDeadline = Number(t.ackInTime ?? 0);
      return {
        ...range,
        total: Number(t.total ?? 0),
        byType: pick('type', COMPLAINT_TYPES),
        byStatus: pick('status', COMPLAINT_STATUSES),
        bySeverity: pick('severity', [...COMPLAINT_SEVERITIES, 'unassessed'] as const),
        byRootCause: rootCauses,
        acknowledgement: { decided, withinDeadline, share: decided ? Math.round((withinDeadline / decided) * 10_000) / 10_000 : null },
        medianDaysToResponse: t.medianDays ?? null,
        satisfaction: { answers: Number(t.satisfactionAnswers ?? 0), average: t.satisfactionAverage ?? null },
      };
    },

    async options(actor: Actor) {
      requireMunicipalityStaff(actor);
      const repo = createComplaintRepository(db);
      const [assignees, promises] = await Promise.all([repo.assignees(actor.organizationId), repo.currentPromises(actor.organizationId)]);
      return { assignees, promises };
    },

    /** What the public form shows: whom the complaint goes to and which promises it may concern. */
    async formInfo(organizationId: string) {
      const administration = await administrationOf(organizationId);
      return {
        administration: { id: administration.id, name: administration.name },
        promises: await createComplaintRepository(db).currentPromises(organizationId),
      };
    },
  };
}

export type ComplaintService = ReturnType<typeof createComplaintService>;
