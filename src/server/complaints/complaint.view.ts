import { acknowledgementOverdue, allowedActions, nextAction, type StepState } from '../../domain/complaints/complaint-steps.js';
import type { ComplaintRow, createComplaintRepository } from './complaint.repository.js';

// Shapes stored rows into the answers of the complaint office; a row is never returned as it is.

type Found = NonNullable<Awaited<ReturnType<ReturnType<typeof createComplaintRepository>['find']>>>;
type EventRow = Awaited<ReturnType<ReturnType<typeof createComplaintRepository>['events']>>[number];

export const stepStateOf = (c: ComplaintRow): StepState => ({
  status: c.status,
  investigated: c.investigation !== null,
  decisionCommunicated: c.decisionCommunicatedAt !== null,
});

/** A response can go out by e-mail only with the complainant's consent and address, and not after erasure. */
export const canMail = (c: ComplaintRow): c is ComplaintRow & { complainantEmail: string } =>
  c.consent && c.complainantEmail !== null && c.personalDataErasedAt === null;

export function summaryOf(r: Found, today: string) {
  const c = r.complaint;
  return {
    id: c.id,
    number: c.number,
    receivedAt: c.receivedAt,
    channel: c.channel,
    type: c.type,
    severity: c.severity,
    status: c.status,
    anonymous: c.anonymous,
    complainantName: c.complainantName,
    acknowledgementDueOn: c.acknowledgementDueOn,
    acknowledgementOverdue: acknowledgementOverdue(c, today),
    responseDueOn: c.responseDueOn,
    assignee: c.assigneeUserId && r.assigneeName !== null ? { id: c.assigneeUserId, displayName: r.assigneeName } : null,
    promise: c.promiseId && r.promiseTitle !== null ? { id: c.promiseId, title: r.promiseTitle } : null,
    personalDataErased: c.personalDataErasedAt !== null,
  };
}

export function detailOf(r: Found, events: EventRow[], today: string) {
  const c = r.complaint;
  const state = stepStateOf(c);
  return {
    ...summaryOf(r, today),
    consent: c.consent,
    complainantEmail: c.complainantEmail,
    complainantPhone: c.complainantPhone,
    case: c.caseId && r.caseReference !== null ? { id: c.caseId, reference: r.caseReference } : null,
    description: c.description,
    remedySought: c.remedySought,
    acknowledgedAt: c.acknowledgedAt,
    assessment: c.assessment,
    investigation: c.investigation,
    response: c.response,
    respondedAt: c.respondedAt,
    decisionCommunicatedAt: c.decisionCommunicatedAt,
    closedAt: c.closedAt,
    satisfaction: c.satisfaction,
    rootCause: c.rootCause,
    correctiveAction: c.correctiveAction,
    personalDataErasedAt: c.personalDataErasedAt,
    nextStep: nextAction(state),
    allowedSteps: allowedActions(state),
    canMail: canMail(c),
    events: events.map((e) => ({
      step: e.step,
      occurredAt: e.occurredAt,
      actor: e.actorId && e.actorName !== null ? { id: e.actorId, displayName: e.actorName } : null,
      data: e.data,
    })),
  };
}
