import { countryRows, regionGrid, worldCounts } from './dashboard-view';

const counts = (achieved: number, inProgress: number) => [
  { status: 'NOT_STARTED' as const, count: 0 },
  { status: 'IN_PROGRESS' as const, count: inProgress },
  { status: 'LARGELY_ACHIEVED' as const, count: 0 },
  { status: 'ACHIEVED' as const, count: achieved },
  { status: 'NOT_APPLICABLE' as const, count: 0 },
];

const cycle = {
  __typename: 'ReportingCycle' as const,
  id: 'c',
  year: 2026,
  items: [{ id: 'i1', code: 'OP1(1)', summary: [], indicators: [] }],
  statuses: [
    {
      itemCode: 'OP1(1)',
      countries: [
        { countryId: 'th', status: 'ACHIEVED' as const },
        { countryId: 'ke', status: 'IN_PROGRESS' as const },
      ],
    },
  ],
  regionCounts: [
    { group: 'WORLD', itemCode: 'OP1(1)', total: 2, counts: counts(1, 1) },
    { group: 'SEAR', itemCode: 'OP1(1)', total: 1, counts: counts(1, 0) },
  ],
  reports: { totalCount: 2 },
};

describe('the comparison dashboard', () => {
  it('counts well advanced countries per region, shaded by their share', () => {
    const grid = regionGrid(cycle as never);
    expect(grid.map((row) => row.group)).toEqual(['WORLD', 'AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR']);
    expect(grid[0].cells[0]).toEqual({ itemCode: 'OP1(1)', total: 2, advanced: 1, shade: 2 });
    expect(grid[3].cells[0]).toEqual({ itemCode: 'OP1(1)', total: 1, advanced: 1, shade: 4 });
    expect(grid[1].cells[0].total).toBe(0);
  });

  it('lists countries that published, with their status per paragraph', () => {
    const countries = [
      { id: 'fr', name: 'France' },
      { id: 'ke', name: 'Kenya', iso2: 'KE' },
      { id: 'th', name: 'Thailand', iso2: 'TH' },
    ];
    expect(countryRows(cycle as never, countries).map((row) => [row.name, row.statuses])).toEqual([
      ['Kenya', ['IN_PROGRESS']],
      ['Thailand', ['ACHIEVED']],
    ]);
  });

  it('gives every status of the world, zero where none', () => {
    expect(worldCounts(cycle as never)[0].counts.map((row) => row.count)).toEqual([0, 1, 0, 1, 0]);
  });
});
