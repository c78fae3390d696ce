import type { z } from 'zod';
import type {
  complaintDetail,
  complaintSummary,
  formInfoResponse,
  optionsResponse,
  statsResponse,
} from '../../../../server/complaints/complaint.schemas';
import type { Wire } from '../../../lib/wire';

// The server's zod schemas are the one definition of these responses.
export type ComplaintSummary = Wire<z.infer<typeof complaintSummary>>;
export type ComplaintDetail = Wire<z.infer<typeof complaintDetail>>;
export type ComplaintOptions = Wire<z.infer<typeof optionsResponse>>;
export type ComplaintStats = Wire<z.infer<typeof statsResponse>>;
export type ComplaintFormInfo = Wire<z.infer<typeof formInfoResponse>>;
export type ComplaintPage = { items: ComplaintSummary[]; total: number; page: number; pageSize: number };

export type ComplaintStatus = ComplaintSummary['status'];
export type ComplaintType = ComplaintSummary['type'];
export type Severity = NonNullable<ComplaintSummary['severity']>;
export type StepAction = NonNullable<ComplaintDetail['nextStep']>;

export const STATUSES: ComplaintStatus[] = ['received', 'acknowledged', 'in_progress', 'responded', 'closed'];
export const TYPES: ComplaintType[] = ['complaint', 'idea', 'praise'];
export const SEVERITIES: Severity[] = ['low', 'medium', 'high'];
export const STAFF_CHANNELS = ['phone', 'letter', 'email', 'in_person'] as const;
export const DECISION_CHANNELS = ['email', 'letter', 'phone', 'in_person', 'not_reachable'] as const;
export const ROOT_CAUSES = [
  'process',
  'deadline',
  'communication',
  'staff_conduct',
  'information',
  'it_system',
  'legal_framework',
  'other',
] as const;

export type ListFilter = {
  status?: ComplaintStatus | undefined;
  type?: ComplaintType | undefined;
  overdue?: boolean | undefined;
  promiseId?: string | undefined;
  page: number;
};

/** What the staff entry and the public form both send. */
export type ComplaintFields = {
  type: ComplaintType;
  anonymous: boolean;
  consent: boolean;
  complainantName?: string;
  complainantEmail?: string;
  complainantPhone?: string;
  description: string;
  remedySought?: string;
  promiseId?: string;
};
