import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ACCOUNT_LIMITS, PAGE_SIZE } from '@canopy/domain';
import {
  applyServerErrors,
  FailureMessagePipe,
  fieldProblems,
  focusFirstInvalid,
  LanguageService,
  LocalDatePipe,
  requireData,
  ValidationMessagePipe,
} from '@canopy/web/core';
import {
  AssemblyRolesDocument,
  type AssemblyRole,
  GrantAssemblyRoleDocument,
  RevokeAssemblyRoleDocument,
  RoleAssembliesDocument,
  type RoleAssembliesQuery,
  SetAssemblyVotingLevelDocument,
} from '../graphql/generated';
import { ErrorStateComponent, LoadingStateComponent, NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import {
  catchError,
  EMPTY,
  expand,
  firstValueFrom,
  map,
  Observable,
  of,
  reduce,
  startWith,
  switchMap,
} from 'rxjs';
import {
  ASSEMBLY_ROLES,
  isAssemblyRole,
  isVerificationLevel,
  sortRoleGrants,
  VERIFICATION_LEVELS,
} from './assembly-roles';
import { toAssemblyRolesView } from './assembly-roles-view';

type AssembliesPage = RoleAssembliesQuery['assemblies'];
type AssemblyChoice = AssembliesPage['edges'][number]['node'];
type AssembliesState =
  | { readonly status: 'loading' | 'error' }
  | { readonly status: 'ready'; readonly list: readonly AssemblyChoice[] };

type Outcome =
  | { readonly kind: 'granted' | 'revoked'; readonly name: string; readonly role: AssemblyRole }
  | { readonly kind: 'levelSet' }
  | { readonly kind: 'failed'; readonly error: unknown; readonly form: string };

/**
 * Appointments per assembly: its secretariat and moderators (granted by e-mail, revoked one by one)
 * and the verification a citizen needs to vote in its consultations.
 */
@Component({
  selector: 'canopy-assembly-roles',
  imports: [
    ErrorStateComponent,
    FailureMessagePipe,
    LoadingStateComponent,
    LocalDatePipe,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    ReactiveFormsModule,
    TranslocoPipe,
    ValidationMessagePipe,
  ],
  templateUrl: './assembly-roles.component.html',
  styleUrls: ['../organization-form.css', './assembly-roles.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssemblyRolesComponent {
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly roles = ASSEMBLY_ROLES;
  protected readonly levels = VERIFICATION_LEVELS;

  private readonly assembliesAttempt = signal(0);
  protected readonly assemblies = toSignal(
    toObservable(this.assembliesAttempt).pipe(
      switchMap(() =>
        this.allAssemblies().pipe(
          map((list): AssembliesState => ({ status: 'ready', list })),
          startWith<AssembliesState>({ status: 'loading' }),
          catchError(() => of<AssembliesState>({ status: 'error' })),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as AssembliesState },
  );
  protected readonly assemblyOptions = computed(() => {
    const state = this.assemblies();
    if (state.status !== 'ready') return [];
    const collator = new Intl.Collator(this.language.formatLocale());
    return [...state.list].sort((a, b) => collator.compare(a.name, b.name));
  });

  protected readonly selectedId = signal('');
  private readonly rolesQuery = computed(() => {
    const id = this.selectedId();
    return id
      ? this.apollo.watchQuery({
          query: AssemblyRolesDocument,
          variables: { id },
          fetchPolicy: 'network-only',
        })
      : null;
  });
  private readonly rolesResult = toSignal(
    toObservable(this.rolesQuery).pipe(switchMap((query) => (query ? query.valueChanges : of(undefined)))),
  );
  protected readonly view = computed(() => toAssemblyRolesView(this.rolesResult(), !!this.selectedId()));
  protected readonly grants = computed(() => {
    const view = this.view();
    return view.status === 'ready'
      ? sortRoleGrants(view.assembly.roleGrants, this.language.formatLocale())
      : [];
  });

  protected readonly votingForm = this.formBuilder.group({ level: ['', [Validators.required]] });
  protected readonly grantForm = this.formBuilder.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(ACCOUNT_LIMITS.emailMaxLength)]],
    role: ['SECRETARIAT' as string, [Validators.required]],
  });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  constructor() {
    // The level shown is the assembly's, until the admin picks another.
    effect(() => {
      const view = this.view();
      if (view.status === 'ready' && this.votingForm.pristine)
        this.votingForm.reset({ level: view.assembly.votingLevel });
    });
  }

  protected choose(event: Event): void {
    this.outcome.set(null);
    this.votingForm.reset({ level: '' });
    this.selectedId.set((event.target as HTMLSelectElement).value);
  }

  protected retryAssemblies(): void {
    this.assembliesAttempt.update((attempt) => attempt + 1);
  }

  protected retryRoles(): void {
    this.rolesQuery()
      ?.refetch()
      .catch(() => undefined);
  }

  protected async setVotingLevel(): Promise<void> {
    const level = this.votingForm.controls.level.value;
    const assemblyId = this.selectedId();
    if (this.busy() || !assemblyId || !isVerificationLevel(level)) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: SetAssemblyVotingLevelDocument,
            variables: { input: { assemblyId, level } },
          }),
        ),
      );
      this.votingForm.markAsPristine();
      this.outcome.set({ kind: 'levelSet' });
    } catch (error) {
      this.outcome.set({ kind: 'failed', error, form: 'votingLevel' });
    } finally {
      this.busy.set(false);
    }
  }

  protected async grant(directive: FormGroupDirective): Promise<void> {
    const assemblyId = this.selectedId();
    if (this.busy() || !assemblyId) return;
    this.outcome.set(null);
    const { email, role } = this.grantForm.getRawValue();
    if (this.grantForm.invalid || !isAssemblyRole(role)) {
      this.grantForm.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const { grantAssemblyRole } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: GrantAssemblyRoleDocument,
            variables: { input: { assemblyId, email: email.trim(), role } },
          }),
        ),
      );
      directive.resetForm({ email: '', role });
      this.outcome.set({ kind: 'granted', name: grantAssemblyRole.user.displayName, role });
      await this.rolesQuery()?.refetch();
    } catch (error) {
      applyServerErrors(this.grantForm, fieldProblems(error));
      this.outcome.set({ kind: 'failed', error, form: 'grantRole' });
      focusFirstInvalid(this.host.nativeElement, this.injector);
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(userId: string, name: string, role: AssemblyRole): Promise<void> {
    const assemblyId = this.selectedId();
    if (this.busy() || !assemblyId) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: RevokeAssemblyRoleDocument,
            variables: { input: { assemblyId, userId, role } },
          }),
        ),
      );
      this.outcome.set({ kind: 'revoked', name, role });
      await this.rolesQuery()?.refetch();
    } catch (error) {
      this.outcome.set({ kind: 'failed', error, form: 'revokeRole' });
    } finally {
      this.busy.set(false);
    }
  }

  /** Every assembly, page after page: a select offers them all. */
  private allAssemblies(): Observable<AssemblyChoice[]> {
    const page = (after: string | null) =>
      this.apollo
        .query({
          query: RoleAssembliesDocument,
          variables: { first: PAGE_SIZE.max, after },
          fetchPolicy: 'no-cache',
        })
        .pipe(map((result) => requireData(result).assemblies));
    return page(null).pipe(
      expand((current) => (current.pageInfo.hasNextPage ? page(current.pageInfo.endCursor) : EMPTY)),
      reduce<AssembliesPage, AssemblyChoice[]>(
        (all, current) => [...all, ...current.edges.map((edge) => edge.node)],
        [],
      ),
    );
  }
}
