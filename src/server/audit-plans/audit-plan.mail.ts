import { AUDIT_PLAN_LABELS } from '../documents/audit-plan.labels.js';
import {
  type AuditPlanDocument,
  criterionLabel,
  dayHeading,
  processWithNote,
  slotsByDay,
  timeRange,
} from '../documents/audit-plan.model.js';
import { columnWidths, textTable } from './text-table.js';

/**
 * The mail that takes an audit plan to the quality representatives: plain text, the plan as a
 * table per day, the clauses and criteria covered with their titles below, and where to find
 * the plan in Siegelwerk.
 */
export function auditPlanMail(plan: AuditPlanDocument, link: string | null): { subject: string; body: string } {
  const l = AUDIT_PLAN_LABELS[plan.locale];
  const withStage = plan.slots.some((s) => s.stage !== null);
  const columns = [
    { header: l.time, max: 13 },
    ...(withStage ? [{ header: l.stage, max: 14 }] : []),
    { header: l.department, max: 24 },
    { header: l.site, max: 18 },
    { header: l.process, max: 20 },
    { header: l.auditor, max: 18 },
    { header: l.interviewees, max: 22 },
    { header: l.criteria, max: 26 },
  ];
  const days = slotsByDay(plan.slots).map(({ day, slots }) => ({
    day,
    rows: slots.map((s) => [
      timeRange(s, plan.locale),
      ...(withStage ? [s.stage ? l.stages[s.stage] : ''] : []),
      s.department,
      s.site,
      processWithNote(s, l.note),
      s.auditorName,
      s.interviewees,
      s.criteria.map((c) => c.reference ?? c.id).join(', '),
    ]),
  }));
  // one set of column widths for every day, so the days' tables line up
  const widths = columnWidths(
    columns,
    days.flatMap((d) => d.rows),
  );
  const tables = days.map((d) => `${dayHeading(d.day, plan.locale)}\n${textTable(columns, d.rows, widths)}`);
  const covered = new Map(plan.slots.flatMap((s) => s.criteria).map((c) => [c.id, c]));
  const legend = covered.size
    ? `${l.mailCriteriaLegend}:\n${[...covered.values()].map((c) => `  ${criterionLabel(c, plan.locale)}`).join('\n')}`
    : '';
  const scheme = plan.schemeTitle[plan.locale];
  const body = [
    l.mailGreeting,
    l.mailIntro(plan.certifierName, plan.auditKind, scheme),
    `${l.documentTitle}: ${plan.municipalityName}`,
    ...(tables.length ? tables : [l.empty]),
    legend,
    link ? l.mailLink(link) : l.mailLinkWithoutUrl,
    l.mailClosing(plan.certifierName),
  ].filter(Boolean);
  return { subject: l.mailSubject(plan.municipalityName, scheme), body: `${body.join('\n\n')}\n` };
}
