import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { FieldProblem } from '../graphql/graphql-problems';
import { LanguageService } from '../i18n/language.service';

/**
 * `{{ problem | problemMessage }}`: a refusal the API explains with a reason code, in the reader's
 * language (`reasons.<CODE>`, with the figures the API sent); the API's own English sentence otherwise.
 * Details that name a state (`state` or `from`, of a proposal, a resolution or a charter edition;
 * `window`) are translated too.
 */
@Pipe({ name: 'problemMessage', pure: false })
export class ProblemMessagePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(problem: FieldProblem): string {
    const lang = this.language.code();
    const key = `reasons.${problem.reason}`;
    if (!problem.reason || !(key in this.transloco.getTranslation(lang))) return problem.message;
    const details = problem.details ?? {};
    const params: Record<string, unknown> = { ...details };
    // Proposals name their state `state`; resolutions and charter editions refuse a transition `from` theirs.
    const state = details['state'] ?? details['from'];
    if (typeof state === 'string') params['state'] = this.stateName(state, lang);
    if (typeof details['window'] === 'string') {
      params['window'] = this.transloco.translate(`windowState.${details['window']}`, {}, lang);
    }
    if (Array.isArray(details['criteria'])) {
      params['criteria'] = new Intl.ListFormat(this.language.formatLocale(), { type: 'conjunction' }).format(
        details['criteria'].map(String),
      );
    }
    if (Array.isArray(details['missing'])) {
      params['missing'] = new Intl.ListFormat(this.language.formatLocale(), { type: 'conjunction' }).format(
        details['missing'].map(String),
      );
    }
    return this.transloco.translate(key, params, lang);
  }

  private stateName(state: string, lang: string): string {
    const known = this.transloco.getTranslation(lang);
    const key = [
      `proposalState.${state}`,
      `resolution.state.${state}`,
      `charterState.${state}`,
      `reporting.state.${state}`,
    ].find((candidate) => candidate in known);
    return key ? this.transloco.translate(key, {}, lang) : state;
  }
}
