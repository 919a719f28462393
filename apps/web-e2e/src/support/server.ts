import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where global set-up leaves the running API for the tests (Jest runs them in other processes). */
export const SERVER_FILE = join(tmpdir(), 'canopy-e2e-server.json');

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'canopy-e2e-data-'));
}

/** Registers like anyone; CANOPY_ADMIN_EMAILS makes this address a platform admin once verified. */
export const ADMIN_EMAIL = 'admin@canopy.test';

/**
 * A second platform admin for the agenda journey: spec files run in parallel, and each registers the
 * admin it uses, so they may not share one.
 */
export const AGENDA_ADMIN_EMAIL = 'agenda-admin@canopy.test';

/** The platform admin of the resolutions journey (its own, for the same reason). */
export const RESOLUTIONS_ADMIN_EMAIL = 'resolutions-admin@canopy.test';

/** The platform admin of the resolution follow-up journey (its own, for the same reason). */
export const FOLLOW_UP_ADMIN_EMAIL = 'follow-up-admin@canopy.test';

/** The platform admin of the charter life-cycle journey (its own, for the same reason). */
export const CHARTERS_ADMIN_EMAIL = 'charters-admin@canopy.test';

/** The platform admin of the live consultation journey (its own, for the same reason). */
export const LIVE_ADMIN_EMAIL = 'live-admin@canopy.test';
/** The platform admin of the progress-report journey (its own, for the same reason). */
export const REPORTING_ADMIN_EMAIL = 'reporting-admin@canopy.test';
/** The platform admin who opens reporting cycles and loads catalogues (its own, for the same reason). */
export const CYCLES_ADMIN_EMAIL = 'cycles-admin@canopy.test';
