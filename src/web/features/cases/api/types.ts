import type { z } from 'zod';
import type { pilotView } from '../../../../server/pilots/pilot.routes';
import type { caseDetail, caseListItem, EXCLUSION_REASONS } from '../../../../server/cases/case.schemas';
import type { promiseView } from '../../../../server/promises/promise.schemas';
import type { Wire } from '../../../lib/wire';

// The server's response schemas are the one definition of what the API returns.
export type CaseListItem = Wire<z.infer<typeof caseListItem>>;
export type CaseDetail = Wire<z.infer<typeof caseDetail>>;
export type CaseEvent = CaseDetail['events'][number];
export type PromiseOption = Wire<z.infer<typeof promiseView>>;
export type Pilot = Wire<z.infer<typeof pilotView>>;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];
export type { CaseState } from '../../../../domain/cases/case-timeline';
