/**
 * Open data in CSV: one row per country × cycle × paragraph for the reports, and per indicator the
 * Open SDG shape (Year, breakdown columns, Value) that SDG reporting platforms read. RFC 4180 text:
 * comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
import { PublishedReport } from './reporting-versions';

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A first character that makes a spreadsheet read a field as a formula, after any apostrophes. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text people wrote (narratives, organization names, links), made safe to open in a spreadsheet: a
 * field starting with =, +, -, @, a tab or a carriage return would run as a formula there (CSV
 * injection), so it gets a leading apostrophe, which spreadsheets take as "this is text" and hide. Text
 * already starting with apostrophes before such a character gets one more, so `fromCsvText` gives back
 * exactly what was written.
 */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The text as written, from a field `csvText` made safe. */
export function fromCsvText(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field) ? field.slice(1) : field;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Reads RFC 4180 text back into rows of fields (the inverse of toCsv, for re-import and checks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, i) => [name, row[i] ?? ''])));
}

export const REPORT_CSV_COLUMNS = [
  'cycle',
  'country_iso3',
  'country_iso2',
  'country',
  'who_region',
  'version',
  'published_at',
  'item_code',
  'status',
  'narrative',
  'evidence_count',
  'evidence_links',
  'signed_off_by',
  'shadow_count',
  'shadow_statuses',
] as const;

/** Between names in one field: a vertical bar, which organization names rarely hold. */
const LIST_SEPARATOR = ' | ';

function evidenceLinks(evidence: readonly { url?: string | null }[]): string {
  return evidence
    .map((item) => item.url)
    .filter((url): url is string => !!url)
    .join(LIST_SEPARATOR);
}

/**
 * One row per country × cycle × paragraph: the government's status and narrative, its evidence, the
 * organizations that signed it off, and the shadow assessments filed against it (`organization: STATUS`).
 */
export function reportCsvRows(reports: readonly PublishedReport[], itemCodes: readonly string[]): string[][] {
  const rows: string[][] = [[...REPORT_CSV_COLUMNS]];
  for (const report of reports) {
    for (const itemCode of itemCodes) {
      const assessment = report.assessments.find((candidate) => candidate.itemCode === itemCode);
      if (!assessment) continue;
      const signOffs = report.signOffs.filter((signOff) => signOff.itemCode === itemCode);
      const shadows = report.shadows.filter((shadow) => shadow.itemCode === itemCode);
      rows.push([
        String(report.cycle),
        report.country.iso3,
        report.country.iso2,
        report.country.name,
        report.country.whoRegion ?? '',
        String(report.version),
        report.publishedAt,
        itemCode,
        assessment.status,
        csvText(assessment.narrative),
        String(assessment.evidence.length),
        csvText(evidenceLinks(assessment.evidence)),
        csvText(signOffs.map((signOff) => signOff.organization.name).join(LIST_SEPARATOR)),
        String(shadows.length),
        csvText(
          shadows.map((shadow) => `${shadow.organization.name}: ${shadow.status}`).join(LIST_SEPARATOR),
        ),
      ]);
    }
  }
  return rows;
}

export function reportCsv(reports: readonly PublishedReport[], itemCodes: readonly string[]): string {
  return toCsv(reportCsvRows(reports, itemCodes));
}

export const SHADOW_CSV_COLUMNS = [
  'cycle',
  'country_iso3',
  'country',
  'version',
  'item_code',
  'organization',
  'status',
  'government_status',
  'narrative',
  'evidence_links',
] as const;

/** Civil society's shadow assessments, one row each, beside the government's status of the paragraph. */
export function shadowCsv(reports: readonly PublishedReport[]): string {
  return toCsv([
    [...SHADOW_CSV_COLUMNS],
    ...reports.flatMap((report) =>
      report.shadows.map((shadow) => [
        String(report.cycle),
        report.country.iso3,
        report.country.name,
        String(report.version),
        shadow.itemCode,
        csvText(shadow.organization.name),
        shadow.status,
        report.assessments.find((assessment) => assessment.itemCode === shadow.itemCode)?.status ?? '',
        csvText(shadow.narrative),
        csvText(evidenceLinks(shadow.evidence)),
      ]),
    ),
  ]);
}

export interface OpenSdgValue {
  year: number;
  country: string;
  geoCode: string;
  value: number;
  breakdown: Readonly<Record<string, string>>;
}

/**
 * Open SDG's data file for one indicator: Year, then a column per breakdown dimension (empty on the
 * headline rows, which have none), then Units, GeoCode (ISO 3166-1 alpha-3) and Value. Rows are in
 * year, country, then breakdown order; headline rows come first within a country's year.
 */
export function openSdgCsv(
  values: readonly OpenSdgValue[],
  dimensions: readonly string[],
  unit: string,
): string {
  const columns = [...new Set([...dimensions, ...values.flatMap((value) => Object.keys(value.breakdown))])];
  const sorted = [...values].sort(
    (a, b) =>
      a.year - b.year ||
      a.country.localeCompare(b.country, 'en') ||
      Object.keys(a.breakdown).length - Object.keys(b.breakdown).length ||
      columns
        .map((c) => a.breakdown[c] ?? '')
        .join('\u0000')
        .localeCompare(columns.map((c) => b.breakdown[c] ?? '').join('\u0000'), 'en'),
  );
  return toCsv([
    ['Year', 'Country', ...columns, 'Units', 'GeoCode', 'Value'],
    ...sorted.map((value) => [
      String(value.year),
      value.country,
      ...columns.map((column) => csvText(value.breakdown[column] ?? '')),
      csvText(unit),
      value.geoCode,
      String(value.value),
    ]),
  ]);
}
