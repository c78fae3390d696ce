// The ISO 10002 steps of a complaint as a small state machine: receive, acknowledge,
// assess, investigate, respond, communicate the decision, close. The stored status has
// five values; investigation and communication of the decision are told apart by whether
// they happened, so the order holds without more statuses.

export type ComplaintStatus = 'received' | 'acknowledged' | 'in_progress' | 'responded' | 'closed';
export type ComplaintAction = 'acknowledge' | 'assess' | 'investigate' | 'respond' | 'communicate_decision' | 'close';

export type StepState = { status: ComplaintStatus; investigated: boolean; decisionCommunicated: boolean };

/** The status a complaint has after an action. */
export const STATUS_AFTER: Record<ComplaintAction, ComplaintStatus> = {
  acknowledge: 'acknowledged',
  assess: 'in_progress',
  investigate: 'in_progress',
  respond: 'responded',
  communicate_decision: 'responded',
  close: 'closed',
};

/** The step that is due next, or null once the complaint is closed. */
export function nextAction(s: StepState): ComplaintAction | null {
  switch (s.status) {
    case 'received':
      return 'acknowledge';
    case 'acknowledged':
      return 'assess';
    case 'in_progress':
      return s.investigated ? 'respond' : 'investigate';
    case 'responded':
      return s.decisionCommunicated ? 'close' : 'communicate_decision';
    case 'closed':
      return null;
  }
}

/** The next step, plus further investigation notes while the complaint is being investigated. */
export function allowedActions(s: StepState): ComplaintAction[] {
  const next = nextAction(s);
  if (next === null) return [];
  return next === 'respond' ? ['investigate', 'respond'] : [next];
}

/** Null when the action may be taken now, otherwise why not, naming the current status and the due step. */
export function refusalOf(action: ComplaintAction, s: StepState): string | null {
  if (allowedActions(s).includes(action)) return null;
  const next = nextAction(s);
  return next === null ? `the complaint is ${s.status}; no step is left` : `the complaint is ${s.status}; the next step is ${next}`;
}

/**
 * RAL-GZ 981 (f): a complaint is acknowledged within 3 working days of receipt. Overdue
 * once the due date has passed without acknowledgement; on the due date itself it is not.
 */
export function acknowledgementOverdue(s: { status: ComplaintStatus; acknowledgementDueOn: string }, today: string): boolean {
  return s.status === 'received' && s.acknowledgementDueOn < today;
}
