import { describe, expect, it } from 'vitest';
import {
  acknowledgementOverdue,
  allowedActions,
  type ComplaintAction,
  nextAction,
  refusalOf,
  STATUS_AFTER,
  type StepState,
} from './complaint-steps.js';

const start: StepState = { status: 'received', investigated: false, decisionCommunicated: false };

/** Applies an action the way the service stores it. */
function take(s: StepState, action: ComplaintAction): StepState {
  return {
    status: STATUS_AFTER[action],
    investigated: s.investigated || action === 'investigate',
    decisionCommunicated: s.decisionCommunicated || action === 'communicate_decision',
  };
}

describe('complaint steps (ISO 10002 order)', () => {
  it('walks receive → acknowledge → assess → investigate → respond → communicate → close', () => {
    const order: ComplaintAction[] = [];
    let s = start;
    for (let next = nextAction(s); next; next = nextAction(s)) {
      order.push(next);
      s = take(s, next);
    }
    expect(order).toEqual(['acknowledge', 'assess', 'investigate', 'respond', 'communicate_decision', 'close']);
    expect(s.status).toBe('closed');
    expect(allowedActions(s)).toEqual([]);
  });

  it('allows more investigation notes before the response, not after', () => {
    const investigating = take(take(take(start, 'acknowledge'), 'assess'), 'investigate');
    expect(allowedActions(investigating)).toEqual(['investigate', 'respond']);
    expect(refusalOf('investigate', take(investigating, 'respond'))).toBe(
      'the complaint is responded; the next step is communicate_decision',
    );
  });

  it('refuses every step out of order, naming the current status and the due step', () => {
    expect(refusalOf('respond', start)).toBe('the complaint is received; the next step is acknowledge');
    expect(refusalOf('respond', take(take(start, 'acknowledge'), 'assess'))).toBe(
      'the complaint is in_progress; the next step is investigate',
    );
    expect(refusalOf('close', take(take(take(take(start, 'acknowledge'), 'assess'), 'investigate'), 'respond'))).toBe(
      'the complaint is responded; the next step is communicate_decision',
    );
    expect(refusalOf('acknowledge', take(start, 'acknowledge'))).toBe('the complaint is acknowledged; the next step is assess');
    const closed: StepState = { status: 'closed', investigated: true, decisionCommunicated: true };
    expect(refusalOf('close', closed)).toBe('the complaint is closed; no step is left');
  });

  it('counts an acknowledgement as overdue only after its due date', () => {
    const received = { status: 'received' as const, acknowledgementDueOn: '2026-05-07' };
    expect(acknowledgementOverdue(received, '2026-05-07')).toBe(false);
    expect(acknowledgementOverdue(received, '2026-05-08')).toBe(true);
    expect(acknowledgementOverdue({ ...received, status: 'acknowledged' }, '2026-06-01')).toBe(false);
  });
});
