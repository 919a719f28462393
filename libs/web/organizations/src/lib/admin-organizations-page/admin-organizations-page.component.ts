import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SessionService } from '@canopy/web/identity';
import { NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { AssemblyRolesComponent } from '../assembly-roles/assembly-roles.component';
import { UnverifiedOrganizationsComponent } from '../unverified-organizations/unverified-organizations.component';

/**
 * The platform operator's desk: organizations to verify, and who runs each assembly. Anyone else sees
 * that it is not for them (and the API would refuse them anyway).
 */
@Component({
  selector: 'canopy-admin-organizations-page',
  imports: [
    AssemblyRolesComponent,
    NoticeComponent,
    PageHeaderComponent,
    TranslocoPipe,
    UnverifiedOrganizationsComponent,
  ],
  template: `
    <canopy-page-header
      [heading]="'admin.heading' | transloco"
      [lead]="'admin.lead' | transloco"
      headingTestId="admin-heading"
    />
    @if (session.me()?.isPlatformAdmin) {
      <div class="sections">
        <section class="section" aria-labelledby="unverified-heading">
          <h2 id="unverified-heading" class="section-heading">
            {{ 'admin.unverified.heading' | transloco }}
          </h2>
          <canopy-unverified-organizations />
        </section>
        <section class="section" aria-labelledby="roles-heading">
          <h2 id="roles-heading" class="section-heading">{{ 'admin.roles.heading' | transloco }}</h2>
          <p class="note">{{ 'admin.roles.lead' | transloco }}</p>
          <canopy-assembly-roles />
        </section>
      </div>
    } @else {
      <canopy-notice kind="info" data-testid="not-allowed">{{
        'admin.notAllowed' | transloco
      }}</canopy-notice>
    }
  `,
  styleUrl: '../organization-form.css',
  styles: `
    .sections {
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminOrganizationsPageComponent {
  protected readonly session = inject(SessionService);
}
