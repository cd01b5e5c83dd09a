'use server';

import { formAction } from '@/lib/actions';
import { markNotificationsRead, saveNotificationPrefs } from '@/lib/data/notifications';
import { ZMarkReadSchema, ZNotificationPrefsSchema } from '@/lib/validation/notifications';

// The header's unread count is in the workspace layout: refreshing /dashboard's layout refreshes it.
const inbox = () => ['/inbox', '/dashboard'];

export const markReadAction = formAction({
  schema: ZMarkReadSchema,
  run: markNotificationsRead,
  success: (r, input) => (input.ids?.length === 1 ? 'Marked read.' : r.marked ? `Marked ${r.marked} read.` : 'Nothing was unread.'),
  refresh: inbox,
});

export const saveNotificationPrefsAction = formAction({
  schema: ZNotificationPrefsSchema,
  run: saveNotificationPrefs,
  success: 'Your notification choices are saved.',
  refresh: inbox,
});
