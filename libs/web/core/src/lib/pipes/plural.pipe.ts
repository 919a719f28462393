import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatNumber } from '../format/format-number';
import { pluralCategory } from '../format/plural-category';
import { LanguageService } from '../i18n/language.service';

/**
 * `{{ 'assemblies.count' | plural: total }}` reads `assemblies.count.<category>` with `{{count}}`
 * formatted for the active language, falling back to the `other` form.
 */
@Pipe({ name: 'plural', pure: false })
export class PluralPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(baseKey: string, count: number, params: Record<string, unknown> = {}): string {
    const lang = this.language.code();
    const forms = this.transloco.getTranslation(lang);
    const exact = `${baseKey}.${pluralCategory(count, lang)}`;
    const key = exact in forms ? exact : `${baseKey}.other`;
    const formatted = formatNumber(count, this.language.formatLocale());
    return this.transloco.translate(key, { ...params, count: formatted }, lang);
  }
}
