import { toParticipationChart } from './participation-chart';

describe('toParticipationChart', () => {
  it('fills every stage and sector in order, zeros included', () => {
    const chart = toParticipationChart([
      { stage: 'PROPOSAL', sector: 'GOVERNMENT', organizations: 2 },
      { stage: 'CONSTITUENCY', sector: 'CIVIL_SOCIETY', organizations: 5 },
    ]);
    expect(chart.stages.map((stage) => stage.stage)).toEqual([
      'CONSTITUENCY',
      'PROPOSAL',
      'COSPONSOR',
      'WORKING_GROUP',
    ]);
    expect(chart.stages[0].counts).toEqual([
      { sector: 'CIVIL_SOCIETY', organizations: 5 },
      { sector: 'ACADEMIC_PROFESSIONAL', organizations: 0 },
      { sector: 'GOVERNMENT', organizations: 0 },
      { sector: 'PRIVATE', organizations: 0 },
    ]);
    expect(chart.max).toBe(5);
  });

  it('says at which stages the three sectors of the triangle all took part', () => {
    const chart = toParticipationChart([
      { stage: 'CONSTITUENCY', sector: 'CIVIL_SOCIETY', organizations: 3 },
      { stage: 'CONSTITUENCY', sector: 'ACADEMIC_PROFESSIONAL', organizations: 1 },
      { stage: 'CONSTITUENCY', sector: 'GOVERNMENT', organizations: 1 },
      { stage: 'PROPOSAL', sector: 'CIVIL_SOCIETY', organizations: 1 },
      { stage: 'PROPOSAL', sector: 'PRIVATE', organizations: 4 },
    ]);
    expect(chart.stages.map((stage) => stage.triangle)).toEqual([true, false, false, false]);
  });

  it('has a scale of zero when nobody took part yet', () => {
    expect(toParticipationChart([]).max).toBe(0);
  });
});
