import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { LanguageService } from '@canopy/web/core';
import { MyOrganizationsDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { CreateOrganizationFormComponent } from '../create-organization-form/create-organization-form.component';
import { OrganizationCardComponent } from '../organization-summary/organization-card.component';
import { toMyOrganizationsView } from './my-organizations-view';

/** The organizations the person belongs to, and registering a new one. */
@Component({
  selector: 'canopy-my-organizations-page',
  imports: [
    CreateOrganizationFormComponent,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    OrganizationCardComponent,
    PageHeaderComponent,
    TranslocoPipe,
  ],
  templateUrl: './my-organizations-page.component.html',
  styleUrls: ['../organization-form.css', './my-organizations-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyOrganizationsPageComponent {
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly query = inject(Apollo).watchQuery({
    query: MyOrganizationsDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.query.valueChanges);
  protected readonly view = computed(() =>
    toMyOrganizationsView(this.result(), this.language.formatLocale()),
  );

  protected retry(): void {
    this.query.refetch().catch(() => undefined);
  }

  protected openCreated(id: string): void {
    void this.router.navigate(['/organizations', id], { queryParams: { created: '1' } });
  }
}
