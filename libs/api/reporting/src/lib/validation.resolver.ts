import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { OrganizationLoaders, OrganizationType } from '@canopy/api/organizations';
import { evidenceOf } from './country-reports.resolver';
import { ValidationKind } from './reporting.entities';
import { FileShadowAssessmentInput, SignOffParagraphInput } from './reporting.inputs';
import { ReportingLoaders } from './reporting.loaders';
import { EvidenceFileType, EvidenceType, ValidationResponseType } from './reporting.types';
import { ValidationService } from './validation.service';

const validator = ({ input }: { input: { reportId: string; organizationId: string } }) => ({
  reportId: input.reportId,
  organizationId: input.organizationId,
});

/** Civil society's sign-offs and shadow assessments, made through one of its organizations. */
@Resolver(() => ValidationResponseType)
export class ValidationResolver {
  constructor(
    private readonly validation: ValidationService,
    private readonly organizations: OrganizationLoaders,
    private readonly policy: PolicyService,
  ) {}

  @ResolveField(() => OrganizationType, { nullable: true })
  organization(@Parent() parent: ValidationResponseType, @Context() context: GraphQLContext) {
    return this.organizations.byId(context.loaders).load(parent.organizationId);
  }

  @Can('report.validate', validator)
  @Mutation(() => ValidationResponseType, {
    description: "A civil society organization of the country signs a paragraph's assessment off.",
  })
  async signOffParagraph(@Args('input') input: SignOffParagraphInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    const saved = await this.validation.respond(principal, {
      reportId: input.reportId,
      itemId: input.itemId,
      organizationId: input.organizationId,
      kind: ValidationKind.SIGN_OFF,
      narrative: input.comment,
    });
    return ValidationResponseType.from(saved);
  }

  @Can('report.validate', validator)
  @Mutation(() => ValidationResponseType, {
    description:
      "A civil society organization's own assessment of a paragraph, published beside the government's.",
  })
  async fileShadowAssessment(
    @Args('input') input: FileShadowAssessmentInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    const saved = await this.validation.respond(principal, {
      reportId: input.reportId,
      itemId: input.itemId,
      organizationId: input.organizationId,
      kind: ValidationKind.SHADOW,
      status: input.status,
      narrative: input.narrative,
      evidence: evidenceOf(input.evidence),
    });
    return ValidationResponseType.from(saved);
  }
}

@Resolver(() => EvidenceType)
export class EvidenceResolver {
  constructor(private readonly loaders: ReportingLoaders) {}

  @ResolveField(() => EvidenceFileType, {
    nullable: true,
    description: 'The uploaded document, for a document.',
  })
  async file(
    @Parent() parent: EvidenceType,
    @Context() context: GraphQLContext,
  ): Promise<EvidenceFileType | null> {
    if (!parent.fileId) return null;
    const file = await this.loaders.file(context.loaders).load(parent.fileId);
    return file ? evidenceFile(file) : null;
  }
}

export function evidenceFile(file: {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}): EvidenceFileType {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    url: `/files/evidence/${file.id}`,
  };
}
