import { ANONYMOUS, can } from './policy';
import {
  assessmentProblems,
  AssessmentStatus,
  changeNoteProblem,
  EvidenceKind,
  isCalendarDate,
  isReportEditable,
  isValidationOpen,
  isVisibleToValidators,
  mechanismProblems,
  MechanismFrequency,
  MechanismLevel,
  MechanismType,
  missingAssessments,
  needsEvidence,
  newCycleProblem,
  nextCycleYear,
  reportEvents,
  ReportEvent,
  reportProgress,
  ReportState,
  reportTransition,
  statusRank,
  STATUS_ORDER,
} from './reporting';

const TODAY = '2026-06-01';
const LINK = {
  kind: EvidenceKind.LINK,
  url: 'https://example.org/minutes.pdf',
  date: '2026-03-01',
  description: 'Minutes',
};

describe('reporting cycles', () => {
  it('suggest the year after the latest cycle’s two-year round, from 2026', () => {
    expect(nextCycleYear([])).toBe(2026);
    expect(nextCycleYear([2026])).toBe(2028);
    expect(nextCycleYear([2028, 2026])).toBe(2030);
    expect(nextCycleYear([2100])).toBe(2100);
  });

  it('need a year from 2026 to 2100 and a calendar date as deadline', () => {
    expect(newCycleProblem(2028, '2028-03-31')).toBeNull();
    expect(newCycleProblem(2024, '2024-03-31')).toBe('year');
    expect(newCycleProblem(2028.5, '2028-03-31')).toBe('year');
    expect(newCycleProblem(2028, '')).toBe('deadline');
    expect(newCycleProblem(2028, '2028-02-30')).toBe('deadline');
  });
});

describe('report life cycle', () => {
  it('goes draft → internal review → stakeholder validation → submitted → published, and back to draft to correct', () => {
    let state = ReportState.DRAFT;
    for (const event of [
      ReportEvent.SEND_FOR_REVIEW,
      ReportEvent.OPEN_VALIDATION,
      ReportEvent.SUBMIT,
      ReportEvent.PUBLISH,
    ]) {
      state = reportTransition(state, event) as ReportState;
    }
    expect(state).toBe(ReportState.PUBLISHED);
    expect(reportTransition(state, ReportEvent.START_CORRECTION)).toBe(ReportState.DRAFT);
  });

  it('refuses skipped steps and changes to what is published', () => {
    expect(reportTransition(ReportState.DRAFT, ReportEvent.PUBLISH)).toBeNull();
    expect(reportTransition(ReportState.DRAFT, ReportEvent.SUBMIT)).toBeNull();
    expect(reportTransition(ReportState.INTERNAL_REVIEW, ReportEvent.SUBMIT)).toBeNull();
    expect(reportTransition(ReportState.SUBMITTED, ReportEvent.RETURN_TO_DRAFT)).toBeNull();
    expect(reportTransition(ReportState.PUBLISHED, ReportEvent.PUBLISH)).toBeNull();
    expect(isReportEditable(ReportState.PUBLISHED)).toBe(false);
    expect(isReportEditable(ReportState.SUBMITTED)).toBe(false);
    expect(isReportEditable(ReportState.STAKEHOLDER_VALIDATION)).toBe(false);
    expect(isReportEditable(ReportState.INTERNAL_REVIEW)).toBe(true);
  });

  it('offers the events each state allows', () => {
    expect(reportEvents(ReportState.INTERNAL_REVIEW)).toEqual([
      ReportEvent.RETURN_TO_DRAFT,
      ReportEvent.OPEN_VALIDATION,
    ]);
    expect(reportEvents(ReportState.PUBLISHED)).toEqual([ReportEvent.START_CORRECTION]);
  });

  it('opens the working copy to civil society only from validation on', () => {
    expect(isValidationOpen(ReportState.STAKEHOLDER_VALIDATION)).toBe(true);
    expect(isValidationOpen(ReportState.SUBMITTED)).toBe(false);
    expect(isVisibleToValidators(ReportState.DRAFT)).toBe(false);
    expect(isVisibleToValidators(ReportState.SUBMITTED)).toBe(true);
  });
});

describe('assessment rules', () => {
  it('orders statuses, with not applicable off the scale', () => {
    expect(STATUS_ORDER[0]).toBe(AssessmentStatus.NOT_STARTED);
    expect(statusRank(AssessmentStatus.ACHIEVED)).toBe(3);
    expect(statusRank(AssessmentStatus.IN_PROGRESS)).toBeLessThan(
      statusRank(AssessmentStatus.LARGELY_ACHIEVED) as number,
    );
    expect(statusRank(AssessmentStatus.NOT_APPLICABLE)).toBeNull();
  });

  it('needs evidence for any status past not started', () => {
    expect(needsEvidence(AssessmentStatus.NOT_STARTED)).toBe(false);
    for (const status of STATUS_ORDER.slice(1)) expect(needsEvidence(status)).toBe(true);
    const without = assessmentProblems(
      { status: AssessmentStatus.IN_PROGRESS, narrative: 'Started', evidence: [] },
      [],
      TODAY,
    );
    expect(without).toEqual([{ field: 'evidence', message: expect.stringContaining('at least one') }]);
    expect(
      assessmentProblems({ status: AssessmentStatus.NOT_STARTED, narrative: '', evidence: [] }, [], TODAY),
    ).toEqual([]);
    expect(
      assessmentProblems({ status: AssessmentStatus.ACHIEVED, narrative: '', evidence: [LINK] }, [], TODAY),
    ).toEqual([]);
  });

  it('checks each piece of evidence for its kind, date and address', () => {
    const problems = assessmentProblems(
      {
        status: AssessmentStatus.ACHIEVED,
        narrative: '',
        evidence: [
          { ...LINK, url: 'javascript:alert(1)' },
          { kind: EvidenceKind.DOCUMENT, date: '2026-02-30', description: ' ' },
          {
            kind: EvidenceKind.ASSEMBLY,
            date: '2026-07-01',
            description: 'The assembly',
            url: 'https://x.org',
          },
        ],
      },
      [],
      TODAY,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'evidence.0.url',
      'evidence.1.description',
      'evidence.1.date',
      'evidence.1.fileId',
      'evidence.2.date',
      'evidence.2.url',
      'evidence.2.assemblyId',
    ]);
  });

  it('takes indicator values of the paragraph’s indicators, once per year and breakdown', () => {
    const value = { indicator: 'SDG-16.7.2', year: 2025, value: 41.5, breakdown: { sex: 'female' } };
    const problems = assessmentProblems(
      {
        status: AssessmentStatus.NOT_STARTED,
        narrative: '',
        evidence: [],
        indicatorValues: [
          value,
          { ...value, breakdown: { sex: 'female' } },
          { ...value, indicator: 'OTHER', year: 1990, breakdown: { 'bad key': 'x' } },
          { ...value, value: Number.NaN, breakdown: {} },
          { ...value, year: 2024, breakdown: { religion: 'any' } },
        ],
      },
      [{ code: 'SDG-16.7.2', breakdowns: ['sex', 'age'] }],
      TODAY,
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'indicatorValues.1',
      'indicatorValues.2.indicator',
      'indicatorValues.2.year',
      'indicatorValues.2.breakdown',
      'indicatorValues.3.value',
      'indicatorValues.4.breakdown',
    ]);
  });

  it('lists mechanisms with a budget in a currency', () => {
    const mechanism = {
      name: 'National Health Assembly',
      type: MechanismType.ASSEMBLY,
      level: MechanismLevel.NATIONAL,
      legalBasis: 'National Health Act 2007',
      frequency: MechanismFrequency.YEARLY,
      budget: 30_000_000,
      currency: 'THB',
      participants: 'Government, academia and civil society',
    };
    expect(mechanismProblems([mechanism])).toEqual([]);
    expect(
      mechanismProblems([{ ...mechanism, currency: 'baht', legalBasis: '' }]).map((p) => p.field),
    ).toEqual(['mechanisms.0.legalBasis', 'mechanisms.0.currency']);
    expect(mechanismProblems([{ ...mechanism, budget: null, currency: 'THB' }]).map((p) => p.field)).toEqual([
      'mechanisms.0.currency',
    ]);
  });

  it('requires a change note from the second version on', () => {
    expect(changeNoteProblem(1, null)).toBeNull();
    expect(changeNoteProblem(2, '  ')).toContain('corrects');
    expect(changeNoteProblem(2, 'Corrected the budget')).toBeNull();
  });

  it('counts progress through the report and names what is missing', () => {
    const codes = ['OP1(1)', 'OP1(2)', 'OP1(3)'];
    const assessments = [
      { itemCode: 'OP1(1)', status: AssessmentStatus.ACHIEVED },
      { itemCode: 'OP1(3)', status: AssessmentStatus.NOT_STARTED },
    ];
    expect(reportProgress(codes, assessments)).toEqual({ assessed: 2, total: 3, started: 1 });
    expect(missingAssessments(codes, ['OP1(1)', 'OP1(3)'])).toEqual(['OP1(2)']);
  });

  it('knows real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('26-2-1')).toBe(false);
  });
});

describe('reporting policy', () => {
  const official = { ...ANONYMOUS, userId: 'u1', officialJurisdictions: ['TH'] };
  const cso = { ...ANONYMOUS, userId: 'u2', validatorOrganizations: { o1: 'TH' } };

  it('lets officials of the country, and only them, create and edit its report', () => {
    expect(can(official, 'report.create', { countryId: 'TH' })).toBe(true);
    expect(can(official, 'report.edit', { countryId: 'KE' })).toBe(false);
    expect(can(cso, 'report.edit', { countryId: 'TH' })).toBe(false);
    expect(can({ ...ANONYMOUS, userId: 'a', platformAdmin: true }, 'report.edit', { countryId: 'TH' })).toBe(
      false,
    );
  });

  it('lets civil society of the country validate through its organization', () => {
    expect(can(cso, 'report.validate', { countryId: 'TH', organizationId: 'o1' })).toBe(true);
    expect(can(cso, 'report.validate', { countryId: 'KE', organizationId: 'o1' })).toBe(false);
    expect(can(cso, 'report.validate', { countryId: 'TH', organizationId: 'o2' })).toBe(false);
    expect(can(cso, 'report.validate', { countryId: 'TH' })).toBe(false);
    expect(can(official, 'report.validate', { countryId: 'TH', organizationId: 'o1' })).toBe(false);
  });

  it('shows drafts to the country’s officials and civil society, not to others', () => {
    expect(can(official, 'report.readDraft', { countryId: 'TH' })).toBe(true);
    expect(can(cso, 'report.readDraft', { countryId: 'TH' })).toBe(true);
    expect(can(cso, 'report.readDraft', { countryId: 'KE' })).toBe(false);
    expect(can(ANONYMOUS, 'report.readDraft', { countryId: 'TH' })).toBe(false);
  });
});
