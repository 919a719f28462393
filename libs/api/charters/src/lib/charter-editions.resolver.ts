import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput, Can, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { ConsultationLoaders, ConsultationType } from '@canopy/api/consultation';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import {
  CharterEditionIdInput,
  CharterSignatureInput,
  OpenCharterHearingInput,
  RecordCharterAdoptionInput,
  SaveCharterTextInput,
} from './charter.inputs';
import { CharterLifecycleService } from './charter-lifecycle.service';
import { CharterLoaders } from './charter.loaders';
import { CharterParticipationService } from './charter-participation.service';
import { CHARTER_SUBJECT } from './charter-steps';
import {
  CharterClauseType,
  CharterEditionType,
  CharterSectionType,
  CharterType,
  SignatureReceiptType,
  SignatureCountType,
} from './charter.types';
import { ChartersService } from './charters.service';

const edition = ({ input }: { input: CharterEditionIdInput }) => ({ charterEditionId: input.editionId });

/** An edition: its text, hearing, signatures, and the committee's moves through its life cycle. */
@Resolver(() => CharterEditionType)
export class CharterEditionsResolver {
  constructor(
    private readonly charters: ChartersService,
    private readonly lifecycle: CharterLifecycleService,
    private readonly participation: CharterParticipationService,
    private readonly loaders: CharterLoaders,
    private readonly consultationLoaders: ConsultationLoaders,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => CharterType)
  charter(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.byId(context.loaders).load(parent.charterId);
  }

  @ResolveField(() => [CharterSectionType], { description: 'In order; definitions first.' })
  sections(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.sections(context.loaders).load(parent.id);
  }

  @ResolveField(() => [CharterClauseType], { description: 'Every clause, in number order.' })
  clauses(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.clauses(context.loaders).load(parent.id);
  }

  @ResolveField(() => ConsultationType, {
    nullable: true,
    description:
      'The public hearing: votes and comments clause by clause (clause numbers are its paragraphs).',
  })
  hearing(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.consultationLoaders.ofSubject(context.loaders, CHARTER_SUBJECT).load(parent.id);
  }

  @ResolveField(() => CharterEditionType, {
    nullable: true,
    description: 'The edition its text started from: the previous edition, or another community\u2019s.',
  })
  copiedFrom(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return parent.copiedFromId ? this.loaders.editionById(context.loaders).load(parent.copiedFromId) : null;
  }

  @ResolveField(() => SignatureCountType)
  signatures(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    return this.loaders.signatureCount(context.loaders).load(parent.id);
  }

  @ResolveField(() => [OrganizationType], { description: 'Organizations standing behind it.' })
  async signingOrganizations(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const ids = await this.loaders.signingOrganizations(context.loaders).load(parent.id);
    const found = await this.organizations.byId(context.loaders).loadMany(ids);
    return found.filter((row): row is OrganizationType => !!row && !(row instanceof Error));
  }

  @ResolveField(() => Boolean, { description: 'Whether the signed-in person has signed it in person.' })
  async signedByMe(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    if (!principal) return false;
    const mine = await this.loaders.mySignatures(context.loaders, principal.userId).load(parent.id);
    return mine.includes(null);
  }

  @ResolveField(() => [ID], {
    description: "Organizations of the signed-in person's that have signed it.",
  })
  async signedForOrganizations(@Parent() parent: CharterEditionType, @Context() context: GraphQLContext) {
    const principal = await this.policy.principal(context);
    if (!principal) return [];
    const mine = await this.loaders.mySignatures(context.loaders, principal.userId).load(parent.id);
    return mine.filter((id): id is string => id !== null);
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, { description: 'The committee is in place: writing begins.' })
  async startCharterDrafting(
    @Args('input') input: CharterEditionIdInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.startDrafting(principal, input.editionId));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Saves the whole text of an edition being drafted (refused if someone saved since).',
  })
  async saveCharterText(@Args('input') input: SaveCharterTextInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(
      await this.charters.saveText(principal, input.editionId, input.expectedRevision, input.sections),
    );
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Opens the public hearing on the text as it stands; the text is frozen from then on.',
  })
  async openCharterHearing(
    @Args('input') input: OpenCharterHearingInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.openHearing(principal, input.editionId, input));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, { description: 'Ends the hearing now; votes in flight finish first.' })
  async closeCharterHearing(@Args('input') input: CharterEditionIdInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.closeHearing(principal, input.editionId));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'Records the community forum that adopted the edition.',
  })
  async recordCharterAdoption(
    @Args('input') input: RecordCharterAdoptionInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.recordAdoption(principal, input.editionId, input));
  }

  @Can('charter.manage', edition)
  @Mutation(() => CharterEditionType, {
    description: 'From its effective date the edition is in force; the one it replaces is superseded.',
  })
  async bringCharterIntoForce(
    @Args('input') input: CharterEditionIdInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CharterEditionType.from(await this.lifecycle.bringIntoForce(principal, input.editionId));
  }

  @Can('charter.sign')
  @Mutation(() => SignatureReceiptType, {
    description: 'Signs an adopted edition: in person (residents of the place) or for an organization.',
  })
  async signCharter(@Args('input') input: CharterSignatureInput, @Context() context: GraphQLContext) {
    return this.signature(input, context, 'sign');
  }

  @Can('charter.sign')
  @Mutation(() => SignatureReceiptType, {
    description: 'Withdraws your (or your organization\u2019s) signature.',
  })
  async withdrawCharterSignature(
    @Args('input') input: CharterSignatureInput,
    @Context() context: GraphQLContext,
  ) {
    return this.signature(input, context, 'withdraw');
  }

  private async signature(
    input: CharterSignatureInput,
    context: GraphQLContext,
    action: 'sign' | 'withdraw',
  ): Promise<SignatureReceiptType> {
    const principal = await this.policy.requirePrincipal(context);
    const organizationId = input.organizationId ?? null;
    if (organizationId) {
      await this.policy.assert(context, 'charter.signAsOrganization', { organizationId });
    }
    const count = await this.participation[action](principal, input.editionId, organizationId);
    const found = await this.charters.editionById(input.editionId);
    if (!found) throw badUserInput('input.editionId', 'does not exist');
    return { edition: CharterEditionType.from(found), signatures: count };
  }
}
