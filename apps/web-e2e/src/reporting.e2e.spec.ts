import type { Browser, Page } from 'playwright-core';
import { act, graphql, person } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { journey } from './support/journey';
import { REPORTING_ADMIN_EMAIL } from './support/server';

/** A real PDF's first bytes are what the API checks a document by. */
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/**
 * Viet Nam's reporting people, set up through the API: a verified ministry whose member reports for the
 * country, and a verified civil society organization of it whose member validates.
 */
async function vietNam(stamp: number) {
  const adminToken = await person(REPORTING_ADMIN_EMAIL, 'Reporting Admin');
  const people = {
    official: `report.official.${stamp}@canopy.test`,
    cso: `report.cso.${stamp}@canopy.test`,
  };
  const officialToken = await person(people.official, 'Ministry Focal Point');
  const csoToken = await person(people.cso, 'Health Watch Member');
  const { jurisdictions } = await graphql<{ jurisdictions: { edges: { node: { id: string } }[] } }>(`
    {
      jurisdictions(countryCode: "VN", level: COUNTRY, first: 1) {
        edges {
          node {
            id
          }
        }
      }
    }
  `);
  const countryId = jurisdictions.edges[0].node.id;
  const organization = (token: string, name: string, sector: string) =>
    act('createOrganization', 'CreateOrganizationInput', { name, sector, jurisdictionId: countryId }, token);
  const ministry = await organization(officialToken, `Ministry of Health ${stamp}`, 'GOVERNMENT');
  const csoName = `Viet Health Watch ${stamp}`;
  const watch = await organization(csoToken, csoName, 'CIVIL_SOCIETY');
  for (const id of [ministry, watch]) {
    await graphql(
      `
        mutation ($id: ID!) {
          verifyOrganization(id: $id) {
            id
          }
        }
      `,
      { id },
      adminToken,
    );
  }
  return { people, csoName, officialToken };
}

describe('a WHA77.2 progress report, from its draft to a corrected second version', () => {
  let browser: Browser;
  let page: Page;
  let consoleErrors: string[];
  let setup: Awaited<ReturnType<typeof vietNam>>;
  let reportId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    setup = await vietNam(Date.now());
  });

  afterAll(() => browser?.close());

  beforeEach(async () => {
    ({ page } = await newPage(browser));
    consoleErrors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });

  afterEach(async () => {
    await page?.context().close();
    expect(consoleErrors).toEqual([]);
  });

  const { checkArabicOnPhone, expectNoAxeViolations, signIn, testId } = journey(() => page);
  const inState = (state: string) =>
    page.locator(`[data-testid="editor-state"][data-state="${state}"]`).waitFor();
  const paragraph = (code: string) =>
    page.locator(`[data-testid="paragraph-form"][data-code="${code}"]`).waitFor();
  const step = async (event: string, state: string) => {
    await testId(`step-${event}`).click();
    await inState(state);
  };
  const addLink = async (description: string, url: string) => {
    await testId('evidence-description').fill(description);
    await testId('evidence-url').fill(url);
    await testId('add-link').click();
  };
  it('is drafted by an official paragraph by paragraph, with evidence, and opened to civil society', async () => {
    await signIn(setup.people.official);
    await page.goto('/reports?year=2026');
    await testId('desk-official').waitFor();
    await expect(testId('desk-official').innerText()).resolves.toContain('Vietnam');
    await expectNoAxeViolations();
    await testId('start-report').click();
    await page.waitForURL(/\/reports\/[\w-]+\/edit$/);
    reportId = new URL(page.url()).pathname.split('/')[2];
    await inState('DRAFT');
    await expect(testId('progress-text').innerText()).resolves.toContain('0 of 6');

    // The evidence rule, before anything is sent: a status past "not started" needs evidence.
    await paragraph('OP1(1)');
    await testId('status-ACHIEVED').locator('input').check();
    await testId('narrative').fill(
      'The National Assembly holds a yearly health dialogue with civil society.',
    );
    await testId('save-next').click();
    await expect(testId('paragraph-problem').innerText()).resolves.toContain(
      'at least one piece of evidence',
    );
    await addLink('Minutes of the 2025 health dialogue', 'https://example.org/dialogue-2025.pdf');
    await expectNoAxeViolations();
    await testId('save-next').click();

    // A document uploaded as evidence, checked by the API on arrival.
    await paragraph('OP1(2)');
    await testId('status-IN_PROGRESS').locator('input').check();
    await testId('evidence-description').fill('Training plan for commune health committees');
    await page.setInputFiles('[data-testid="evidence-file"]', {
      name: 'training-plan.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect(testId('evidence-draft').innerText()).resolves.toContain('training-plan.pdf');
    await testId('save-next').click();

    // SDG 16.7.2, broken down by sex.
    await paragraph('OP1(3)');
    await testId('add-value').click();
    await testId('value-year').fill('2025');
    await testId('value-value').fill('38.5');
    await testId('add-value').click();
    await testId('value-year').nth(1).fill('2025');
    await testId('value-value').nth(1).fill('36.2');
    await testId('value-dimension').nth(1).selectOption('sex');
    await testId('value-group').fill('female');
    await testId('save-next').click();
    for (const code of ['OP1(4)', 'OP1(5)']) {
      await paragraph(code);
      await testId('save-next').click();
    }
    await paragraph('OP1(6)');
    await testId('save').click();
    await testId('save-done').waitFor();
    await expect(testId('progress-text').innerText()).resolves.toContain(
      '6 of 6 paragraphs assessed; 2 past',
    );

    // The mechanisms the country runs, listed in the report.
    await testId('mechanism-add').click();
    await testId('mechanism-name').fill('National health dialogue');
    await testId('mechanism-legal-basis').fill('Law on Grassroots Democracy 2022');
    await testId('mechanism-participants').fill('Ministries, mass organizations and patient groups');
    await testId('mechanisms-save').click();
    await testId('mechanisms-done').waitFor();

    await step('SEND_FOR_REVIEW', 'INTERNAL_REVIEW');
    await step('OPEN_VALIDATION', 'STAKEHOLDER_VALIDATION');
    await testId('paragraph-tab').first().click();
    await testId('editor-frozen').waitFor();
    await checkArabicOnPhone('editor-steps');
  });

  it('is validated by a civil society organization of the country: a shadow assessment and a sign-off', async () => {
    await signIn(setup.people.cso);
    await page.goto('/reports?year=2026');
    await testId('open-validation').click();
    await page.waitForURL(/\/validate$/);
    await testId('validation-paragraph').waitFor();
    await expect(testId('validation-organization').locator('option:checked').innerText()).resolves.toBe(
      setup.csoName,
    );

    // OP1(1): the government says achieved; civil society disagrees, with its evidence.
    await testId('shadow-status-IN_PROGRESS').locator('input').check();
    await testId('file-shadow').click();
    await expect(testId('shadow-problem').innerText()).resolves.toContain('at least one piece of evidence');
    await testId('shadow-narrative').fill(
      'Only two provinces held the dialogue; ethnic minorities were not invited.',
    );
    await addLink('Our survey of 12 provinces', 'https://example.org/viet-health-watch/survey');
    await testId('file-shadow').click();
    await testId('validation-done').waitFor();
    await testId('answer-shadow').waitFor();
    await expectNoAxeViolations();

    // OP1(2) is signed off.
    await page.locator('[data-testid="validation-tab"][data-code="OP1(2)"]').click();
    await page.locator('[data-testid="validation-paragraph"][data-code="OP1(2)"]').waitFor();
    await testId('sign-off').click();
    await testId('answer-sign-off').waitFor();
    await checkArabicOnPhone('validation-paragraph');
  });

  it('is submitted and published: the public reads the government and civil society side by side', async () => {
    // Someone of the public has the report open, and follows it live while the official acts.
    const { page: watcher } = await newPage(browser);
    await watcher.goto(`/reports/${reportId}`);
    await watcher.locator('[data-testid="report-state"][data-state="STAKEHOLDER_VALIDATION"]').waitFor();

    await signIn(setup.people.official);
    await page.goto(`/reports/${reportId}/edit`);
    await inState('STAKEHOLDER_VALIDATION');
    await expect(testId('editor-answers').innerText()).resolves.toContain(setup.csoName);
    await step('SUBMIT', 'SUBMITTED');
    await step('PUBLISH', 'PUBLISHED');

    await watcher.locator('[data-testid="report-state"][data-state="PUBLISHED"]').waitFor();
    await expect(watcher.locator('[data-testid="report-live"]').innerText()).resolves.toBe(
      'Version 1 of this report has just been published.',
    );
    await watcher.context().close();

    await page.goto(`/reports/${reportId}`);
    const first = page.locator('[data-testid="paragraph"][data-code="OP1(1)"]');
    await expect(first.locator('[data-testid="government-status"]').innerText()).resolves.toBe('Achieved');
    await expect(first.locator('[data-testid="civil-society-view"]').innerText()).resolves.toContain(
      setup.csoName,
    );
    await expect(first.locator('[data-testid="shadow-status"]').innerText()).resolves.toBe('In progress');
    const second = page.locator('[data-testid="paragraph"][data-code="OP1(2)"]');
    await expect(second.locator('[data-testid="sign-off"]').innerText()).resolves.toContain(setup.csoName);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      second.locator('[data-testid="evidence"] a').first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('training-plan.pdf');
    await expect(
      page
        .locator('[data-testid="paragraph"][data-code="OP1(3)"] [data-testid="indicator-values"]')
        .innerText(),
    ).resolves.toContain('36.2');
    await expect(testId('mechanisms').innerText()).resolves.toContain('National health dialogue');
  });

  it('is corrected as version 2; the public compares the two versions', async () => {
    await signIn(setup.people.official);
    await page.goto(`/reports/${reportId}/edit`);
    await step('START_CORRECTION', 'DRAFT');
    await paragraph('OP1(1)');

    // A colleague saves OP1(1) meanwhile: the save from this page is refused, then the saved one loads.
    const { countryReport } = await graphql<{
      countryReport: { assessments: { itemId: string; revision: number; status: string }[] };
    }>(
      `
        query ($id: ID!) {
          countryReport(id: $id) {
            assessments {
              itemId
              revision
              status
            }
          }
        }
      `,
      { id: reportId },
      setup.officialToken,
    );
    const first = countryReport.assessments[0];
    await act(
      'saveParagraphAssessment',
      'SaveParagraphAssessmentInput',
      {
        reportId,
        itemId: first.itemId,
        status: 'IN_PROGRESS',
        narrative: 'Saved by a colleague.',
        evidence: [
          { kind: 'LINK', url: 'https://example.org/c', date: '2026-01-05', description: 'Colleague' },
        ],
        expectedRevision: first.revision,
      },
      setup.officialToken,
    );
    await testId('save').click();
    await expect(testId('save-error').innerText()).resolves.toContain('Someone else saved this paragraph');
    await testId('stale-reload').click();
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLTextAreaElement>('[data-testid="narrative"]')?.value ===
        'Saved by a colleague.',
    );
    await testId('status-LARGELY_ACHIEVED').locator('input').check();
    await testId('narrative').fill(
      'Corrected: the dialogue reached two provinces only, as civil society showed.',
    );
    await testId('save').click();
    await testId('save-done').waitFor();
    await step('SEND_FOR_REVIEW', 'INTERNAL_REVIEW');
    await step('OPEN_VALIDATION', 'STAKEHOLDER_VALIDATION');
    await step('SUBMIT', 'SUBMITTED');
    await testId('step-PUBLISH').click();
    await expect(testId('step-error').innerText()).resolves.toContain('what this version corrects');
    await testId('change-note').fill('OP1(1) corrected after the shadow assessment of Viet Health Watch.');
    await step('PUBLISH', 'PUBLISHED');
    await testId('editor-public-link').click();

    // The public page shows version 2 and its change note; version 1 stays readable as it was.
    await testId('change-note').waitFor();
    await expect(testId('version-facts').innerText()).resolves.toContain('Version 2');
    await expect(
      page
        .locator('[data-testid="paragraph"][data-code="OP1(1)"] [data-testid="government-status"]')
        .innerText(),
    ).resolves.toBe('Largely achieved');
    await testId('version-choice').selectOption({ index: 0 });
    await testId('older-version').waitFor();
    await expect(
      page
        .locator('[data-testid="paragraph"][data-code="OP1(1)"] [data-testid="government-status"]')
        .innerText(),
    ).resolves.toBe('Achieved');
    await expectNoAxeViolations();

    await testId('report-compare-link').click();
    await page.waitForURL(/\/compare/);
    const changed = page.locator('[data-testid="comparison-row"][data-code="OP1(1)"]');
    await expect(changed.getAttribute('data-change')).resolves.toBe('CHANGED');
    await expect(changed.locator('[data-testid="comparison-to-status"]').innerText()).resolves.toBe(
      'Largely achieved',
    );
    await expect(testId('compare-change-note').innerText()).resolves.toContain('Viet Health Watch');
    await expect(
      page.locator('[data-testid="comparison-row"][data-code="OP1(2)"]').getAttribute('data-change'),
    ).resolves.toBe('UNCHANGED');
    await expectNoAxeViolations();
    await checkArabicOnPhone('comparison');
  });

  it('is compared with other countries and regions, and its cycle downloads as open data', async () => {
    await page.goto('/reports/dashboard?year=2026');
    await testId('region-grid').waitFor();
    await expect(page.locator('[data-region="SEAR"]').innerText()).resolves.toContain('of');
    await expect(testId('country-table').innerText()).resolves.toContain('Vietnam');
    await testId('path-country').selectOption({ label: 'Thailand' });
    await testId('path-table').waitFor();
    await expectNoAxeViolations();
    await checkArabicOnPhone('status-by-item');

    await page.goto('/reports?year=2026');
    await testId('report-list').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      testId('download-cycle-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('wha77-2-reports-2026.csv');
    await expect(testId('download-done').innerText()).resolves.toContain('wha77-2-reports-2026.csv');
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(path, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('country_iso3');
    expect(csv).toContain('VNM');
  });
});
