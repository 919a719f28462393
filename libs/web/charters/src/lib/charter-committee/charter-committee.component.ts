import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActionOutcomeComponent, ActionRunner, completeData } from '@canopy/web/core';
import {
  AddCharterCommitteeMemberDocument,
  CommitteeOrganizationChoicesDocument,
  type OrganizationSector,
  RemoveCharterCommitteeMemberDocument,
} from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { EMPTY, switchMap } from 'rxjs';

export interface CommitteeSeat {
  readonly id: string;
  readonly sector: OrganizationSector;
  readonly role?: string | null;
  readonly person?: { readonly id: string; readonly displayName: string } | null;
  readonly organization?: { readonly id: string; readonly name: string } | null;
}

const SECTORS: OrganizationSector[] = ['GOVERNMENT', 'ACADEMIC_PROFESSIONAL', 'CIVIL_SOCIETY', 'PRIVATE'];
const REFETCH = { refetchQueries: ['CharterEditor'], awaitRefetchQueries: true };

/**
 * The development committee: who sits on it (a person, by the e-mail of their account, or an
 * organization), for which sector, in which role. The last member cannot leave: someone must carry on.
 */
@Component({
  selector: 'canopy-charter-committee',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslocoPipe,
  ],
  templateUrl: './charter-committee.component.html',
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterCommitteeComponent {
  private readonly apollo = inject(Apollo);

  readonly charterId = input.required<string>();
  readonly members = input.required<readonly CommitteeSeat[]>();

  protected readonly sectors = SECTORS;
  protected readonly kind = signal<'person' | 'organization'>('person');
  protected readonly email = signal('');
  protected readonly search = signal('');
  protected readonly organizationId = signal('');
  protected readonly sector = signal<OrganizationSector | ''>('');
  protected readonly role = signal('');
  protected readonly problem = signal<'email' | 'organization' | 'sector' | null>(null);
  protected readonly addRunner = new ActionRunner();
  protected readonly removeRunner = new ActionRunner();

  /** The directory of verified organizations is loaded only once someone adds an organization. */
  private readonly choices = toSignal(
    toObservable(this.kind).pipe(
      switchMap((kind) =>
        kind === 'organization'
          ? this.apollo.watchQuery({ query: CommitteeOrganizationChoicesDocument }).valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly organizations = computed(() => {
    const words = this.search().trim().toLocaleLowerCase();
    const seated = new Set(this.members().map((member) => member.organization?.id));
    return (completeData(this.choices())?.organizations.edges ?? [])
      .map((edge) => edge.node)
      .filter((organization) => !seated.has(organization.id))
      .filter((organization) => !words || organization.name.toLocaleLowerCase().includes(words));
  });

  protected chooseOrganization(id: string): void {
    this.organizationId.set(id);
    const chosen = this.organizations().find((organization) => organization.id === id);
    if (chosen && !this.sector()) this.sector.set(chosen.sector);
  }

  protected async add(): Promise<void> {
    const email = this.email().trim();
    const organizationId = this.organizationId();
    const sector = this.sector();
    const person = this.kind() === 'person';
    this.problem.set(
      person && !email ? 'email' : !person && !organizationId ? 'organization' : !sector ? 'sector' : null,
    );
    if (this.problem() || !sector) return;
    const done = await this.addRunner.run({ key: 'charterCommittee.added' }, () =>
      this.apollo.mutate({
        mutation: AddCharterCommitteeMemberDocument,
        variables: {
          input: {
            charterId: this.charterId(),
            sector,
            role: this.role().trim() || null,
            ...(person ? { email } : { organizationId }),
          },
        },
        ...REFETCH,
      }),
    );
    if (done) {
      this.email.set('');
      this.organizationId.set('');
      this.search.set('');
      this.role.set('');
      this.sector.set('');
    }
  }

  protected async remove(member: CommitteeSeat): Promise<void> {
    await this.removeRunner.run({ key: 'charterCommittee.removed' }, () =>
      this.apollo.mutate({
        mutation: RemoveCharterCommitteeMemberDocument,
        variables: { input: { charterId: this.charterId(), memberId: member.id } },
        ...REFETCH,
      }),
    );
  }
}
