import { germanDate, toBerlinDate } from '../../domain/calendar/berlin-date.js';
import { isOfficeHours } from '../../domain/deadlines/office-hours.js';
import { type Actor, requireMunicipalityStaff } from '../auth/actor.js';
import type { CalendarService } from '../calendars/calendar.service.js';
import type { Db } from '../db/client.js';
import { ConflictError, ValidationError } from '../http/errors.js';
import type { MailService } from '../mail/mail.service.js';
import { createOrganizationRepository } from '../organizations/organization.repository.js';
import { createPilotRepository } from '../pilots/pilot.repository.js';
import { createCaseRepository } from './case.repository.js';
import type { DelayNoticeBody } from './case.schemas.js';
import type { CaseService } from './case.service.js';

type Deps = { db: Db; cases: CaseService; calendars: CalendarService; mail: MailService; now: () => Date; publicUrl: string | undefined };

/**
 * What a case tells people: the warning to its pilot when it reaches its warning point
 * (a background job), and the delay notice to the business (promise 10).
 */
export function createCaseNoticeService({ db, cases, calendars, mail, now, publicUrl }: Deps) {
  return {
    /** Promise 10: the business hears about a delay, with the reason and the new expected date. */
    async sendDelayNotice(actor: Actor, id: string, body: DelayNoticeBody) {
      requireMunicipalityStaff(actor);
      const today = toBerlinDate(now());
      if (body.expectedOn < today) throw new ValidationError(`expectedOn: ${body.expectedOn} lies in the past`);
      await db.transaction(async (tx) => {
        const row = await cases.load(tx, actor, id, true);
        if (row.status === 'fulfilled' || row.status === 'excluded')
          throw new ConflictError(`Case ${row.reference} is ${row.status}: no delay to announce`);
        const data: Record<string, unknown> = { channel: body.channel, reason: body.reason, expectedOn: body.expectedOn };
        if (body.channel === 'email') {
          if (!row.contactEmail)
            throw new ValidationError(
              'channel: the case has no e-mail address of the business; tell it by phone or letter and record that',
            );
          const pilot = row.pilotId ? await createPilotRepository(tx).find(row.organizationId, row.pilotId) : undefined;
          const sent = await mail.enqueue(tx, {
            organizationId: row.organizationId,
            to: row.contactEmail,
            subject: `Ihr Anliegen ${row.reference}: Bearbeitung verzögert sich`,
            body: [
              `Guten Tag${row.contactName ? ` ${row.contactName}` : ''},`,
              '',
              `die Bearbeitung Ihres Anliegens ${row.reference}${row.subject ? ` („${row.subject}“)` : ''} dauert länger als zugesagt.`,
              '',
              `Grund: ${body.reason}`,
              `Voraussichtlich erledigt bis: ${germanDate(body.expectedOn)}`,
              '',
              pilot
                ? `Ihr Lotse ${pilot.name} ist für Sie da: ${pilot.email}${pilot.phone ? `, Telefon ${pilot.phone}` : ''}.`
                : 'Bei Fragen antworten Sie gern auf diese Nachricht.',
              '',
              'Mit freundlichen Grüßen',
              actor.organizationName,
            ].join('\n'),
            related: { type: 'service_case', id },
          });
          data.mailId = sent.id;
        }
        const repo = createCaseRepository(tx);
        await repo.update(id, { delayNoticeSentAt: now() }, now());
        await repo.insertEvents([
          { caseId: id, organizationId: row.organizationId, kind: 'delay_notice_sent', onDate: today, actorUserId: actor.userId, data },
        ]);
      });
      await mail.nudge();
    },

    /**
     * The warning job: every open case that reached its warning point lands on its pilot's
     * worklist (it is at risk from that day) and in one e-mail to the pilot, or to the
     * administration's admins when no pilot owns it. Only on working days in office hours
     * of the case's administration; otherwise the case waits for the next run.
     */
    async raiseWarnings(limit = 500): Promise<{ warned: number; deferred: number }> {
      const at = now();
      const today = toBerlinDate(at);
      const due = await createCaseRepository(db).dueForWarning(today, limit);
      let warned = 0;
      let deferred = 0;
      const byOrg = Map.groupBy(due, (c) => c.organizationId);
      for (const [organizationId, rows] of byOrg) {
        const calendar = await calendars.current(db, organizationId);
        if (!isOfficeHours(at, calendar.index)) {
          deferred += rows.length;
          continue;
        }
        warned += await db.transaction(async (tx) => {
          const repo = createCaseRepository(tx);
          const pilots = createPilotRepository(tx);
          // each pilot looked up once per run, however many of their cases reach the warning point
          const pilotsById = new Map<string, ReturnType<typeof pilots.find>>();
          const pilotOf = (pilotId: string) =>
            pilotsById.get(pilotId) ?? pilotsById.set(pilotId, pilots.find(organizationId, pilotId)).get(pilotId)!;
          const admins = await createOrganizationRepository(tx).adminEmails(organizationId);
          const lines = new Map<string, string[]>();
          let count = 0;
          for (const { id } of rows) {
            const c = await repo.find(organizationId, id, { forUpdate: true });
            // changed since it was found (fulfilled, paused, warned by a parallel run): nothing to do
            if (!c || c.status !== 'open' || c.warnedAt || !c.warningOn || c.warningOn > today) continue;
            const pilot = c.pilotId ? await pilotOf(c.pilotId) : undefined;
            for (const to of pilot ? [pilot.email] : admins) {
              const state =
                c.dueOn && c.dueOn < today ? `überfällig seit ${germanDate(c.dueOn)}` : `fällig am ${germanDate(c.dueOn ?? today)}`;
              lines.set(to, [
                ...(lines.get(to) ?? []),
                `- ${c.reference}${c.subject ? ` (${c.subject})` : ''}: ${state}${c.delayNoticeSentAt ? '' : ' – Zwischennachricht an das Unternehmen noch offen'}`,
              ]);
            }
            await repo.update(id, { warnedAt: at }, at);
            await repo.insertEvents([
              {
                caseId: id,
                organizationId,
                kind: 'warning_raised',
                onDate: today,
                actorUserId: null,
                data: { to: pilot ? 'pilot' : 'admins' },
              },
            ]);
            count++;
          }
          for (const [to, list] of lines) {
            await mail.enqueue(tx, {
              organizationId,
              to,
              subject: `Siegelwerk: ${list.length} ${list.length === 1 ? 'Fall erreicht' : 'Fälle erreichen'} die Warnschwelle`,
              body: [
                'Guten Tag,',
                '',
                'diese Fälle stehen jetzt auf Ihrer Arbeitsliste, weil ihre Frist bald endet oder schon abgelaufen ist:',
                '',
                ...list,
                '',
                'Wenn sich die Bearbeitung verzögert, senden Sie dem Unternehmen bitte eine Zwischennachricht (Serviceversprechen 10).',
                publicUrl ? `Arbeitsliste: ${publicUrl.replace(/\/$/, '')}/arbeitsliste` : '',
              ].join('\n'),
              related: { type: 'case_warning', id: organizationId },
            });
          }
          return count;
        });
      }
      if (warned) await mail.nudge();
      return { warned, deferred };
    },
  };
}

export type CaseNoticeService = ReturnType<typeof createCaseNoticeService>;
