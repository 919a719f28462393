import { inject, Injectable } from '@angular/core';
import { PAGE_SIZE } from '@canopy/domain';
import { Apollo } from 'apollo-angular';
import { EMPTY, expand, map, Observable, reduce, shareReplay } from 'rxjs';
import { CountriesDocument, type CountriesQuery } from '../graphql/generated';
import type { CountryRecord } from './country-options';

type CountriesPage = CountriesQuery['jurisdictions'];

/** Every country Canopy knows (the WHO member states), loaded once, page by page, for pickers. */
@Injectable({ providedIn: 'root' })
export class CountriesService {
  private readonly apollo = inject(Apollo);
  private all?: Observable<readonly CountryRecord[]>;

  countries(): Observable<readonly CountryRecord[]> {
    this.all ??= this.page(null).pipe(
      expand((page) => (page.pageInfo.hasNextPage ? this.page(page.pageInfo.endCursor) : EMPTY)),
      reduce<CountriesPage, CountryRecord[]>(
        (countries, page) => [...countries, ...page.edges.map((edge) => edge.node)],
        [],
      ),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.all;
  }

  /** Uncached: the pages are gathered here, and a failed load can be tried again. */
  private page(after: string | null): Observable<CountriesPage> {
    return this.apollo
      .query({
        query: CountriesDocument,
        variables: { first: PAGE_SIZE.max, after },
        fetchPolicy: 'no-cache',
      })
      .pipe(
        map((result) => {
          if (!result.data) throw result.error ?? new Error('no countries');
          return result.data.jurisdictions;
        }),
      );
  }
}
