import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { WhoMemberStates1763800000001 } from './1763800000001-who-member-states';
import { AuditTrail1795383012349 } from './1795383012349-audit-trail';
import { IdentityAndOrganizations1795383462459 } from './1795383462459-identity-and-organizations';
import { AssemblyCycle1795393400209 } from './1795393400209-assembly-cycle';
import { ResolutionsAndConsultation1795401731820 } from './1795401731820-resolutions-and-consultation';
import { CommunityHealthCharters1795413276580 } from './1795413276580-community-health-charters';
import { LiveTallyOrder1796662383182 } from './1796662383182-live-tally-order';
import { ProgressReports1796663063624 } from './1796663063624-progress-reports';
import { AssessmentRevisions1796668502550 } from './1796668502550-assessment-revisions';

/** Every migration, oldest first. Generate a new one with `npm run db -- generate Name`, then review it. */
export const migrations = [
  InitialSchema1763800000000,
  WhoMemberStates1763800000001,
  AuditTrail1795383012349,
  IdentityAndOrganizations1795383462459,
  AssemblyCycle1795393400209,
  ResolutionsAndConsultation1795401731820,
  CommunityHealthCharters1795413276580,
  LiveTallyOrder1796662383182,
  ProgressReports1796663063624,
  AssessmentRevisions1796668502550,
];
