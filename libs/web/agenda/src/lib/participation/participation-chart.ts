import type { OrganizationSector, ParticipationStage } from '../graphql/generated';
import { PARTICIPATION_STAGES } from '../proposal-states';

/** The triangle first (civil society, academia and professions, government), then private bodies. */
export const CHART_SECTORS: readonly OrganizationSector[] = [
  'CIVIL_SOCIETY',
  'ACADEMIC_PROFESSIONAL',
  'GOVERNMENT',
  'PRIVATE',
];

const TRIANGLE: readonly OrganizationSector[] = ['CIVIL_SOCIETY', 'ACADEMIC_PROFESSIONAL', 'GOVERNMENT'];

export interface ParticipationRow {
  readonly stage: ParticipationStage;
  readonly sector: OrganizationSector;
  readonly organizations: number;
}

export interface StageParticipation {
  readonly stage: ParticipationStage;
  readonly counts: readonly { readonly sector: OrganizationSector; readonly organizations: number }[];
  /** Government, academia and civil society all took part at this stage. */
  readonly triangle: boolean;
}

export interface ParticipationChart {
  readonly stages: readonly StageParticipation[];
  /** The largest count, for the scale; 0 when nobody took part yet. */
  readonly max: number;
}

/**
 * Every stage × sector cell in a fixed order, zeros included (the API may leave empty cells out), so a
 * missing sector shows as a missing bar rather than a missing row.
 */
export function toParticipationChart(rows: readonly ParticipationRow[]): ParticipationChart {
  const count = (stage: ParticipationStage, sector: OrganizationSector) =>
    rows
      .filter((row) => row.stage === stage && row.sector === sector)
      .reduce((sum, row) => sum + row.organizations, 0);
  const stages = PARTICIPATION_STAGES.map((stage) => {
    const counts = CHART_SECTORS.map((sector) => ({ sector, organizations: count(stage, sector) }));
    const triangle = TRIANGLE.every((sector) => count(stage, sector) > 0);
    return { stage, counts, triangle };
  });
  const max = Math.max(0, ...stages.flatMap((stage) => stage.counts.map((cell) => cell.organizations)));
  return { stages, max };
}
