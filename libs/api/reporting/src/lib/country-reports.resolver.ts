import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { badUserInput, Can, IdArgs, PolicyService } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import {
  compareReportVersions,
  isVisibleToValidators,
  memberStateItems,
  ReportEvent,
  reportEvents,
  reportProgress,
} from '@canopy/domain';
import type { Evidence, IndicatorValue } from '@canopy/domain';
import { ReportVersionEntity } from './reporting.entities';
import {
  EvidenceInput,
  IndicatorValueInput,
  PublishCountryReportInput,
  ReportIdInput,
  ReturnReportToDraftInput,
  SaveParagraphAssessmentInput,
  SaveReportMechanismsInput,
  StartCountryReportInput,
  VersionArgs,
  VersionComparisonArgs,
} from './reporting.inputs';
import { ReportingLoaders } from './reporting.loaders';
import {
  CountryReportType,
  MechanismObjectType,
  ParagraphAssessmentType,
  ReportingCycleType,
  ReportProgressType,
  ValidationResponseType,
} from './reporting.types';
import { ReportComparisonType, ReportVersionType, versionType } from './report-version.types';
import { ReportsService } from './reports.service';

const report = ({ input }: { input: ReportIdInput }) => ({ reportId: input.reportId });

export function evidenceOf(input: readonly EvidenceInput[]): Evidence[] {
  return input.map((piece) => ({ ...piece }));
}

function valuesOf(input: readonly IndicatorValueInput[]): IndicatorValue[] {
  return input.map((value) => ({
    indicator: value.indicator,
    year: value.year,
    value: value.value,
    breakdown: Object.fromEntries(value.breakdown.map((entry) => [entry.dimension, entry.group])),
  }));
}

/**
 * A country's report: its public versions for everyone; its working copy for the country's officials
 * and, from validation on, for civil society of the country; its actions for the officials only.
 */
@Resolver(() => CountryReportType)
export class CountryReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly loaders: ReportingLoaders,
    private readonly jurisdictions: JurisdictionLoaders,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => CountryReportType, { nullable: true })
  async countryReport(@Args() { id }: IdArgs, @Context() context: GraphQLContext) {
    const found = await this.loaders.report(context.loaders).load(id);
    return found ? CountryReportType.from(found) : null;
  }

  @ResolveField(() => ReportingCycleType)
  async cycle(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    const cycle = await this.loaders.cycle(context.loaders).load(parent.cycleId);
    return cycle ? ReportingCycleType.from(cycle) : null;
  }

  @ResolveField(() => JurisdictionType)
  country(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    return this.jurisdictions.byId(context.loaders).load(parent.countryId);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the signed-in person edits it (an official of the country).',
  })
  canEdit(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    return this.policy.can(context, 'report.edit', { reportId: parent.id });
  }

  @ResolveField(() => [ReportEvent], {
    description: 'What the officials may do next; empty for everyone else.',
  })
  async events(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    return (await this.policy.can(context, 'report.edit', { reportId: parent.id }))
      ? reportEvents(parent.state)
      : [];
  }

  @ResolveField(() => ReportProgressType)
  async progress(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    const cycle = await this.loaders.cycle(context.loaders).load(parent.cycleId);
    const items = memberStateItems(await this.loaders.items(context.loaders).load(cycle?.catalogueId ?? ''));
    const assessments = await this.loaders.assessments(context.loaders).load(parent.id);
    const codes = new Map(items.map((item) => [item.id, item.code]));
    return reportProgress(
      items.map((item) => item.code),
      assessments.map((row) => ({ itemCode: codes.get(row.itemId) ?? '', status: row.status })),
    );
  }

  @ResolveField(() => [ParagraphAssessmentType], {
    nullable: true,
    description:
      'The working copy: for officials of the country, and civil society of it from validation on.',
  })
  async assessments(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    if (!(await this.mayReadWorkingCopy(context, parent))) return null;
    return (await this.loaders.assessments(context.loaders).load(parent.id)).map(
      ParagraphAssessmentType.from,
    );
  }

  @ResolveField(() => [MechanismObjectType], {
    nullable: true,
    description: 'The working copy’s mechanisms.',
  })
  async mechanisms(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    if (!(await this.mayReadWorkingCopy(context, parent))) return null;
    return parent.mechanismRows.map(MechanismObjectType.from);
  }

  @ResolveField(() => [ValidationResponseType], {
    nullable: true,
    description: "Civil society's sign-offs and shadow assessments of the version in preparation.",
  })
  async validations(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    if (!(await this.mayReadWorkingCopy(context, parent))) return null;
    const rows = await this.loaders.validations(context.loaders).load(parent.id);
    return rows.filter((row) => row.round === parent.publishedVersion + 1).map(ValidationResponseType.from);
  }

  @ResolveField(() => [ReportVersionType], { description: 'Every published version, oldest first.' })
  async versions(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    return (await this.loaders.versions(context.loaders).load(parent.id)).map(versionType);
  }

  @ResolveField(() => ReportVersionType, { nullable: true, description: 'The latest published version.' })
  async latestVersion(@Parent() parent: CountryReportType, @Context() context: GraphQLContext) {
    const versions = await this.loaders.versions(context.loaders).load(parent.id);
    const latest = versions[versions.length - 1];
    return latest ? versionType(latest) : null;
  }

  @ResolveField(() => ReportVersionType, { nullable: true })
  async version(
    @Parent() parent: CountryReportType,
    @Args() args: VersionArgs,
    @Context() context: GraphQLContext,
  ) {
    const found = (await this.loaders.versions(context.loaders).load(parent.id)).find(
      (row) => row.number === args.number,
    );
    return found ? versionType(found) : null;
  }

  @ResolveField(() => ReportComparisonType, {
    description: 'Two published versions lined up paragraph by paragraph.',
  })
  async comparison(
    @Parent() parent: CountryReportType,
    @Args() args: VersionComparisonArgs,
    @Context() context: GraphQLContext,
  ) {
    const versions = await this.loaders.versions(context.loaders).load(parent.id);
    const pick = (number: number, field: string): ReportVersionEntity => {
      const found = versions.find((row) => row.number === number);
      if (!found) throw badUserInput(field, `must be a published version between 1 and ${versions.length}`);
      return found;
    };
    const from = pick(args.from, 'from');
    const to = pick(args.to, 'to');
    const cycle = await this.loaders.cycle(context.loaders).load(parent.cycleId);
    const items = memberStateItems(await this.loaders.items(context.loaders).load(cycle?.catalogueId ?? ''));
    return {
      from: versionType(from),
      to: versionType(to),
      paragraphs: compareReportVersions(
        items.map((item) => item.code),
        from.content.assessments,
        to.content.assessments,
      ),
    };
  }

  @Can('report.create', ({ input }: { input: StartCountryReportInput }) => ({ countryId: input.countryId }))
  @Mutation(() => CountryReportType, {
    description: 'An official of the country starts its report for a cycle.',
  })
  async startCountryReport(
    @Args('input') input: StartCountryReportInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CountryReportType.from(await this.reports.start(principal, input.cycleId, input.countryId));
  }

  @Can('report.edit', report)
  @Mutation(() => ParagraphAssessmentType, {
    description: "Saves one paragraph's assessment (save as you go).",
  })
  async saveParagraphAssessment(
    @Args('input') input: SaveParagraphAssessmentInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    const saved = await this.reports.saveAssessment(principal, {
      reportId: input.reportId,
      itemId: input.itemId,
      status: input.status,
      narrative: input.narrative,
      evidence: evidenceOf(input.evidence),
      indicatorValues: valuesOf(input.indicatorValues),
      expectedRevision: input.expectedRevision,
    });
    return ParagraphAssessmentType.from(saved);
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, {
    description: 'The participatory mechanisms the country runs, saved whole.',
  })
  async saveReportMechanisms(
    @Args('input') input: SaveReportMechanismsInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    const mechanisms = input.mechanisms.map((mechanism) => ({ ...mechanism }));
    return CountryReportType.from(await this.reports.saveMechanisms(principal, input.reportId, mechanisms));
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, { description: 'The draft goes to internal review.' })
  sendReportForReview(@Args('input') input: ReportIdInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.SEND_FOR_REVIEW);
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, { description: 'Back to drafting, from review or validation.' })
  returnReportToDraft(@Args('input') input: ReturnReportToDraftInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.RETURN_TO_DRAFT, { reason: input.reason });
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, {
    description:
      'Civil society of the country may now sign off or file shadow assessments; the text is fixed.',
  })
  openReportValidation(@Args('input') input: ReportIdInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.OPEN_VALIDATION);
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, { description: 'Validation closes; the report is submitted.' })
  submitCountryReport(@Args('input') input: ReportIdInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.SUBMIT);
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, {
    description:
      'Publishes the next version, frozen with the shadow assessments; a change note from version 2 on.',
  })
  publishCountryReport(@Args('input') input: PublishCountryReportInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.PUBLISH, { changeNote: input.changeNote });
  }

  @Can('report.edit', report)
  @Mutation(() => CountryReportType, {
    description: 'Drafts a correction: the published version stays; the next one starts from it.',
  })
  startReportCorrection(@Args('input') input: ReportIdInput, @Context() context: GraphQLContext) {
    return this.act(context, input.reportId, ReportEvent.START_CORRECTION);
  }

  private async act(
    context: GraphQLContext,
    reportId: string,
    event: ReportEvent,
    options: { changeNote?: string | null; reason?: string | null } = {},
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return CountryReportType.from(await this.reports.act(principal, reportId, event, options));
  }

  private async mayReadWorkingCopy(context: GraphQLContext, parent: CountryReportType): Promise<boolean> {
    if (await this.policy.can(context, 'report.edit', { reportId: parent.id })) return true;
    return (
      isVisibleToValidators(parent.state) &&
      (await this.policy.can(context, 'report.readDraft', { reportId: parent.id }))
    );
  }
}
