/**
 * The catalogue of a resolution's operative paragraphs is data, read from a versioned file: the official
 * wording, a correction of a summary or a later resolution is loaded without a release of Canopy.
 */
import type { FieldProblem } from './reporting';

export enum CatalogueAddressee {
  MEMBER_STATES = 'MEMBER_STATES',
  DIRECTOR_GENERAL = 'DIRECTOR_GENERAL',
}

/** A text in each shipped language, by language code. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface CatalogueIndicator {
  /** e.g. SDG-16.7.2 */
  code: string;
  name: LocalizedText;
  unit: string;
  /** The dimensions values may be broken down by: sex, age, disability, populationGroup… */
  breakdowns: readonly string[];
}

export interface CatalogueItem {
  /** e.g. OP1(3) */
  code: string;
  addressee: CatalogueAddressee;
  summary: LocalizedText;
  indicators: readonly CatalogueIndicator[];
}

export interface Catalogue {
  resolution: string;
  version: string;
  title: LocalizedText;
  /** Where the text comes from, and how far it may be trusted. */
  source: string;
  status: string;
  languages: readonly string[];
  items: readonly CatalogueItem[];
}

export const CATALOGUE_LIMITS = {
  maxItems: 100,
  maxIndicators: 10,
  codeMaxLength: 40,
  versionMaxLength: 40,
  summaryMaxLength: 2_000,
  sourceMaxLength: 2_000,
  /** The file as an administrator uploads it. */
  fileMaxLength: 500_000,
} as const;

const CODE = /^[A-Za-z0-9][A-Za-z0-9().\-]*$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9.\-]*$/;
const LANGUAGE = /^[a-z]{2}(-[A-Z]{2})?$/;
const DIMENSION = /^[a-z][A-Za-z0-9]*$/;

export type CatalogueParse =
  { catalogue: Catalogue; problems?: never } | { catalogue?: never; problems: FieldProblem[] };

/**
 * Reads a catalogue file (JSON text or an already parsed value) and says everything wrong with it, field
 * by field: codes unique and well formed, every text in every declared language, at least one paragraph
 * for member states (what country reports assess), indicators with their breakdown dimensions.
 */
export function parseCatalogue(input: unknown): CatalogueParse {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > CATALOGUE_LIMITS.fileMaxLength) {
      return {
        problems: [
          { field: 'catalogue', message: `must be at most ${CATALOGUE_LIMITS.fileMaxLength} characters` },
        ],
      };
    }
    try {
      value = JSON.parse(input);
    } catch {
      return { problems: [{ field: 'catalogue', message: 'must be JSON' }] };
    }
  }
  const problems: FieldProblem[] = [];
  if (!isObject(value)) return { problems: [{ field: 'catalogue', message: 'must be an object' }] };
  const text = (field: string, candidate: unknown, max: number): string => {
    if (typeof candidate !== 'string' || !candidate.trim()) {
      problems.push({ field, message: 'must be a non-empty text' });
      return '';
    }
    if (candidate.length > max) problems.push({ field, message: `must be at most ${max} characters long` });
    return candidate.trim();
  };
  const languages = Array.isArray(value['languages']) ? value['languages'] : [];
  if (!languages.length || !languages.every((code) => typeof code === 'string' && LANGUAGE.test(code))) {
    problems.push({ field: 'languages', message: 'must list language codes such as "en"' });
  }
  if (!languages.includes('en'))
    problems.push({ field: 'languages', message: 'must include English ("en")' });
  const localized = (field: string, candidate: unknown, max: number): LocalizedText => {
    if (!isObject(candidate)) {
      problems.push({ field, message: 'must give a text for each language' });
      return {};
    }
    const entries = languages
      .filter((code): code is string => typeof code === 'string')
      .map((code) => [code, text(`${field}.${code}`, candidate[code], max)] as const);
    return Object.fromEntries(entries);
  };
  const resolution = text('resolution', value['resolution'], CATALOGUE_LIMITS.codeMaxLength);
  const version = text('version', value['version'], CATALOGUE_LIMITS.versionMaxLength);
  if (version && !VERSION.test(version)) {
    problems.push({ field: 'version', message: 'must be letters, digits, dots and dashes' });
  }
  const title = localized('title', value['title'], CATALOGUE_LIMITS.summaryMaxLength);
  const source = text('source', value['source'], CATALOGUE_LIMITS.sourceMaxLength);
  const status = text('status', value['status'], CATALOGUE_LIMITS.codeMaxLength);
  const rawItems = Array.isArray(value['items']) ? value['items'] : null;
  if (!rawItems || !rawItems.length)
    problems.push({ field: 'items', message: 'must list the operative paragraphs' });
  if (rawItems && rawItems.length > CATALOGUE_LIMITS.maxItems) {
    problems.push({ field: 'items', message: `must hold at most ${CATALOGUE_LIMITS.maxItems} paragraphs` });
  }
  const codes = new Set<string>();
  const items: CatalogueItem[] = (rawItems ?? []).map((raw: unknown, index: number) => {
    const field = `items.${index}`;
    const item = isObject(raw) ? raw : {};
    if (!isObject(raw)) problems.push({ field, message: 'must be an object' });
    const code = text(`${field}.code`, item['code'], CATALOGUE_LIMITS.codeMaxLength);
    if (code && !CODE.test(code))
      problems.push({ field: `${field}.code`, message: 'must be a code such as OP1(3)' });
    if (codes.has(code)) problems.push({ field: `${field}.code`, message: `repeats ${code}` });
    codes.add(code);
    const addressee = item['addressee'];
    if (addressee !== CatalogueAddressee.MEMBER_STATES && addressee !== CatalogueAddressee.DIRECTOR_GENERAL) {
      problems.push({ field: `${field}.addressee`, message: 'must be MEMBER_STATES or DIRECTOR_GENERAL' });
    }
    const rawIndicators = item['indicators'] === undefined ? [] : item['indicators'];
    if (!Array.isArray(rawIndicators) || rawIndicators.length > CATALOGUE_LIMITS.maxIndicators) {
      problems.push({
        field: `${field}.indicators`,
        message: `must be a list of at most ${CATALOGUE_LIMITS.maxIndicators}`,
      });
    }
    const indicatorCodes = new Set<string>();
    const indicators = (Array.isArray(rawIndicators) ? rawIndicators : []).map(
      (rawIndicator: unknown, i: number) => {
        const at = `${field}.indicators.${i}`;
        const indicator = isObject(rawIndicator) ? rawIndicator : {};
        const indicatorCode = text(`${at}.code`, indicator['code'], CATALOGUE_LIMITS.codeMaxLength);
        if (indicatorCode && !CODE.test(indicatorCode)) {
          problems.push({ field: `${at}.code`, message: 'must be a code such as SDG-16.7.2' });
        }
        if (indicatorCodes.has(indicatorCode))
          problems.push({ field: `${at}.code`, message: `repeats ${indicatorCode}` });
        indicatorCodes.add(indicatorCode);
        const breakdowns = Array.isArray(indicator['breakdowns']) ? indicator['breakdowns'] : [];
        if (!breakdowns.every((dimension) => typeof dimension === 'string' && DIMENSION.test(dimension))) {
          problems.push({
            field: `${at}.breakdowns`,
            message: 'must be dimension names such as sex or populationGroup',
          });
        }
        return {
          code: indicatorCode,
          name: localized(`${at}.name`, indicator['name'], CATALOGUE_LIMITS.summaryMaxLength),
          unit: typeof indicator['unit'] === 'string' ? indicator['unit'].trim() : '',
          breakdowns: breakdowns.filter((dimension): dimension is string => typeof dimension === 'string'),
        };
      },
    );
    return {
      code,
      addressee: addressee as CatalogueAddressee,
      summary: localized(`${field}.summary`, item['summary'], CATALOGUE_LIMITS.summaryMaxLength),
      indicators,
    };
  });
  if (rawItems?.length && !items.some((item) => item.addressee === CatalogueAddressee.MEMBER_STATES)) {
    problems.push({ field: 'items', message: 'must hold at least one paragraph addressed to member states' });
  }
  if (problems.length) return { problems };
  return {
    catalogue: {
      resolution,
      version,
      title,
      source,
      status,
      languages: languages as string[],
      items,
    },
  };
}

/** The paragraphs a country report assesses, in catalogue order. */
export function memberStateItems<T extends Pick<CatalogueItem, 'addressee'>>(items: readonly T[]): T[] {
  return items.filter((item) => item.addressee === CatalogueAddressee.MEMBER_STATES);
}

/** A text in the reader's language, else English, else the first there is. */
export function localize(text: LocalizedText, language: string): string {
  return text[language] ?? text['en'] ?? Object.values(text)[0] ?? '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
