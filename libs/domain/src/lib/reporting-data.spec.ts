import { readFileSync } from 'node:fs';
import { AssessmentStatus, EvidenceKind } from './reporting';
import { CatalogueAddressee, localize, memberStateItems, parseCatalogue } from './reporting-catalogue';
import {
  csvRecords,
  csvText,
  fromCsvText,
  openSdgCsv,
  parseCsv,
  reportCsv,
  shadowCsv,
  toCsv,
} from './reporting-csv';
import { cleanFileName, evidenceFileProblem } from './reporting-files';
import {
  aggregateStatuses,
  AssessmentChange,
  compareReportVersions,
  countryPath,
  countStatuses,
  PublishedReport,
} from './reporting-versions';

const shipped = () =>
  readFileSync(
    new URL('../../../../apps/api/src/migrations/data/wha77-2-catalogue.json', import.meta.url),
    'utf8',
  );

describe('catalogue', () => {
  it('reads the shipped WHA77.2 catalogue: six member-state paragraphs and the Director-General’s', () => {
    const { catalogue, problems } = parseCatalogue(shipped());
    expect(problems).toBeUndefined();
    expect(catalogue?.resolution).toBe('WHA77.2');
    expect(catalogue?.status).toBe('UNVERIFIED_SUMMARY');
    const items = memberStateItems(catalogue?.items ?? []);
    expect(items.map((item) => item.code)).toEqual([
      'OP1(1)',
      'OP1(2)',
      'OP1(3)',
      'OP1(4)',
      'OP1(5)',
      'OP1(6)',
    ]);
    expect(catalogue?.items.at(-1)?.addressee).toBe(CatalogueAddressee.DIRECTOR_GENERAL);
    const sdg = items[2].indicators[0];
    expect(sdg.code).toBe('SDG-16.7.2');
    expect(sdg.breakdowns).toEqual(['sex', 'age', 'disability', 'populationGroup']);
    expect(localize(items[0].summary, 'ar')).toMatch(/[\u0600-\u06ff]/);
    expect(localize(items[0].summary, 'fr')).toBe(items[0].summary['en']);
  });

  it('names every field at fault in a bad file', () => {
    expect(parseCatalogue('{')).toEqual({ problems: [{ field: 'catalogue', message: 'must be JSON' }] });
    const { problems } = parseCatalogue({
      resolution: 'WHA77.2',
      version: 'v 2',
      title: { en: 'Title' },
      source: 'Here',
      status: 'DRAFT',
      languages: ['en', 'ar'],
      items: [
        { code: 'OP1(1)', addressee: 'DIRECTOR_GENERAL', summary: { en: 'One' } },
        {
          code: 'OP1(1)',
          addressee: 'EVERYONE',
          summary: { en: 'Two', ar: 'اثنان' },
          indicators: [{ code: 'X', name: { en: 'x', ar: 'س' }, breakdowns: ['Sex!'] }],
        },
      ],
    });
    expect(problems?.map((problem) => problem.field)).toEqual([
      'version',
      'title.ar',
      'items.0.summary.ar',
      'items.1.code',
      'items.1.addressee',
      'items.1.indicators.0.breakdowns',
      'items',
    ]);
  });
});

const report = (
  iso3: string,
  region: string,
  statuses: AssessmentStatus[],
  cycle = 2026,
  version = 1,
): PublishedReport => ({
  cycle,
  catalogueVersion: 'v1',
  country: { iso2: iso3.slice(0, 2), iso3, name: `Country "${iso3}", of the world`, whoRegion: region },
  version,
  publishedAt: '2026-05-01T00:00:00.000Z',
  changeNote: null,
  assessments: statuses.map((status, i) => ({
    itemCode: `OP1(${i + 1})`,
    status,
    narrative: `Line one\nline two, with "quotes"`,
    evidence: [
      { kind: EvidenceKind.LINK, url: 'https://example.org/a', date: '2026-01-01', description: 'A' },
    ],
    indicatorValues: [],
  })),
  mechanisms: [],
  signOffs: [
    { itemCode: 'OP1(1)', organization: { id: 'o1', name: 'Health Watch, Inc.' }, at: '2026-04-01' },
  ],
  shadows: [
    {
      itemCode: 'OP1(2)',
      organization: { id: 'o2', name: 'Rural Voices' },
      status: AssessmentStatus.NOT_STARTED,
      narrative: 'We disagree',
      evidence: [],
    },
  ],
});

describe('open data', () => {
  it('writes CSV that reads back to the same fields', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'two\r\nlines', '', '=1+1']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('writes one row per country × cycle × paragraph, re-imported to the same statuses', () => {
    const reports = [
      report('THA', 'SEAR', [AssessmentStatus.ACHIEVED, AssessmentStatus.IN_PROGRESS]),
      report('KEN', 'AFR', [AssessmentStatus.NOT_STARTED, AssessmentStatus.NOT_APPLICABLE]),
    ];
    const records = csvRecords(reportCsv(reports, ['OP1(1)', 'OP1(2)']));
    expect(records).toHaveLength(4);
    expect(records.map((row) => [row['country_iso3'], row['item_code'], row['status']])).toEqual([
      ['THA', 'OP1(1)', 'ACHIEVED'],
      ['THA', 'OP1(2)', 'IN_PROGRESS'],
      ['KEN', 'OP1(1)', 'NOT_STARTED'],
      ['KEN', 'OP1(2)', 'NOT_APPLICABLE'],
    ]);
    expect(records[0]['narrative']).toBe('Line one\nline two, with "quotes"');
    expect(records[0]['country']).toBe('Country "THA", of the world');
    expect(records[0]['signed_off_by']).toBe('Health Watch, Inc.');
    expect(records[1]['shadow_statuses']).toBe('Rural Voices: NOT_STARTED');
  });

  it('keeps people’s text from running as a spreadsheet formula, and gives it back as written', () => {
    const written = [
      '=HYPERLINK("http://evil.example","x")',
      '+1',
      '-2',
      '@SUM(A1)',
      '\tcmd',
      "'=quoted",
      "''+1",
    ];
    for (const text of written) {
      expect(csvText(text).startsWith("'")).toBe(true);
      expect(fromCsvText(csvText(text))).toBe(text);
    }
    for (const text of ['Plain words', "'apostrophe first", '12.5', '']) {
      expect(csvText(text)).toBe(text);
      expect(fromCsvText(text)).toBe(text);
    }
    const hostile = report('THA', 'SEAR', [AssessmentStatus.ACHIEVED, AssessmentStatus.ACHIEVED]);
    const rows = csvRecords(
      reportCsv(
        [
          {
            ...hostile,
            assessments: hostile.assessments.map((assessment) => ({
              ...assessment,
              narrative: '=cmd|"/c calc"!A1',
            })),
          },
        ],
        ['OP1(1)'],
      ),
    );
    expect(rows[0]['narrative']).toBe('\'=cmd|"/c calc"!A1');
    expect(fromCsvText(rows[0]['narrative'])).toBe('=cmd|"/c calc"!A1');
  });

  it('writes one row per shadow assessment beside the government’s status', () => {
    const records = csvRecords(
      shadowCsv([report('THA', 'SEAR', [AssessmentStatus.ACHIEVED, AssessmentStatus.ACHIEVED])]),
    );
    expect(records).toEqual([
      expect.objectContaining({
        country_iso3: 'THA',
        item_code: 'OP1(2)',
        organization: 'Rural Voices',
        status: 'NOT_STARTED',
        government_status: 'ACHIEVED',
        narrative: 'We disagree',
      }),
    ]);
  });

  it('writes an indicator in the Open SDG shape: Year, breakdown columns, Units, GeoCode, Value', () => {
    const csv = openSdgCsv(
      [
        { year: 2025, country: 'Thailand', geoCode: 'THA', value: 44.5, breakdown: { sex: 'female' } },
        { year: 2025, country: 'Thailand', geoCode: 'THA', value: 42, breakdown: {} },
        { year: 2024, country: 'Kenya', geoCode: 'KEN', value: 30.25, breakdown: { age: '15-24' } },
      ],
      ['sex', 'age'],
      'percent',
    );
    expect(parseCsv(csv)).toEqual([
      ['Year', 'Country', 'sex', 'age', 'Units', 'GeoCode', 'Value'],
      ['2024', 'Kenya', '', '15-24', 'percent', 'KEN', '30.25'],
      ['2025', 'Thailand', '', '', 'percent', 'THA', '42'],
      ['2025', 'Thailand', 'female', '', 'percent', 'THA', '44.5'],
    ]);
  });
});

describe('comparison', () => {
  it('lines two versions up paragraph by paragraph', () => {
    const first = report('THA', 'SEAR', [
      AssessmentStatus.IN_PROGRESS,
      AssessmentStatus.ACHIEVED,
    ]).assessments;
    const second = [
      {
        ...first[0],
        status: AssessmentStatus.LARGELY_ACHIEVED,
        evidence: [...first[0].evidence, { ...first[0].evidence[0], url: 'https://example.org/b' }],
      },
      first[1],
    ];
    const compared = compareReportVersions(['OP1(1)', 'OP1(2)', 'OP1(3)'], first, second);
    expect(compared).toEqual([
      expect.objectContaining({
        itemCode: 'OP1(1)',
        change: AssessmentChange.CHANGED,
        fromStatus: 'IN_PROGRESS',
        toStatus: 'LARGELY_ACHIEVED',
        evidenceAdded: 1,
      }),
      expect.objectContaining({ itemCode: 'OP1(2)', change: AssessmentChange.UNCHANGED }),
    ]);
  });

  it('counts statuses per paragraph and WHO region, every status present', () => {
    expect(countStatuses([AssessmentStatus.ACHIEVED, AssessmentStatus.ACHIEVED])).toMatchObject({
      ACHIEVED: 2,
      NOT_STARTED: 0,
    });
    const rows = [
      { countryId: 'th', region: 'SEAR', itemCode: 'OP1(1)', status: AssessmentStatus.ACHIEVED },
      { countryId: 'id', region: 'WPR', itemCode: 'OP1(1)', status: AssessmentStatus.IN_PROGRESS },
      { countryId: 'lk', region: 'SEAR', itemCode: 'OP1(1)', status: AssessmentStatus.IN_PROGRESS },
    ];
    const byRegion = aggregateStatuses(rows, ['OP1(1)'], ['SEAR', 'WPR', 'AFR'], (row) => row.region);
    expect(byRegion.map((cell) => [cell.group, cell.total, cell.counts.IN_PROGRESS])).toEqual([
      ['SEAR', 2, 1],
      ['WPR', 1, 1],
      ['AFR', 0, 0],
    ]);
  });

  it('follows a country across cycles, oldest first', () => {
    const path = countryPath(
      ['OP1(1)'],
      [
        report('THA', 'SEAR', [AssessmentStatus.ACHIEVED], 2028, 1),
        report('THA', 'SEAR', [AssessmentStatus.IN_PROGRESS], 2026, 2),
      ],
    );
    expect(path[0].points).toEqual([
      { cycle: 2026, version: 2, status: 'IN_PROGRESS' },
      { cycle: 2028, version: 1, status: 'ACHIEVED' },
    ]);
  });
});

describe('evidence files', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n');
  it('keeps documents whose first bytes match the declared type', () => {
    expect(evidenceFileProblem('minutes.pdf', 'application/pdf', 2048, pdf)).toBeNull();
    expect(
      evidenceFileProblem(
        'notes.txt',
        'text/plain; charset=utf-8',
        10,
        new TextEncoder().encode('สวัสดี hello'),
      ),
    ).toBeNull();
  });

  it('refuses other types, renamed files, empty and oversized ones', () => {
    expect(evidenceFileProblem('page.html', 'text/html', 10, pdf)?.field).toBe('contentType');
    expect(evidenceFileProblem('minutes.png', 'application/pdf', 10, pdf)?.field).toBe('fileName');
    expect(
      evidenceFileProblem('script.pdf', 'application/pdf', 10, new TextEncoder().encode('<script>'))?.message,
    ).toContain('is not');
    expect(evidenceFileProblem('a.pdf', 'application/pdf', 0, pdf)?.message).toContain('empty');
    expect(evidenceFileProblem('a.pdf', 'application/pdf', 11 * 1024 * 1024, pdf)?.message).toContain(
      '10 MB',
    );
    expect(evidenceFileProblem('a.txt', 'text/plain', 3, new Uint8Array([0x41, 0x00, 0x42]))?.field).toBe(
      'file',
    );
  });

  it('keeps only the base name of a file, without control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\report\u202e.pdf')).toBe('report.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
  });
});
