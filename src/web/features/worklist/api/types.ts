import type { z } from 'zod';
import type { caseDetail, caseListItem } from '../../../../server/cases/case.schemas';
import type { Wire } from '../../../lib/wire';

export type WorklistItem = Wire<z.infer<typeof caseListItem>>;
export type Worklist = { pilot: { id: string; name: string } | null; cases: WorklistItem[]; callbacks: WorklistItem[] };
/** The part of a case's detail a callback row needs: who to call, where and when. */
export type CallbackContact = Pick<Wire<z.infer<typeof caseDetail>>, 'id' | 'contactName' | 'contactPhone' | 'contactEmail' | 'details'>;
