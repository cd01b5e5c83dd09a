import { healthResponse } from '@/lib/health';

// Asks the database every time: a cached answer would say nothing about now.
export const dynamic = 'force-dynamic';

/** 200 { status: 'ok', database: { state: 'up', … } } or 503 { status: 'unavailable', … }. */
export function GET() {
  return healthResponse();
}
