import { z } from 'zod';
import { ZId } from '@/lib/validation/common';

/** A background task's id, from the address GET /api/tasks/<id>. */
export const ZTaskIdSchema = z.object({ taskId: ZId });
export type TTaskId = z.input<typeof ZTaskIdSchema>;
