import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, keysetAfter, PolicyService, SignedIn, toConnection } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { memberStateItems, STATUS_ORDER } from '@canopy/domain';
import {
  CountryArgs,
  CreateReportingCycleInput,
  CycleReportsArgs,
  CycleYearArgs,
  LoadReportingCatalogueInput,
} from './reporting.inputs';
import { ReportingCatalogueService } from './reporting-catalogue.service';
import { ReportingLoaders } from './reporting.loaders';
import {
  CountryPathType,
  GroupStatusCountsType,
  ItemStatusesType,
  ReportingRolesType,
} from './reporting-comparison.types';
import {
  CatalogueItemType,
  CountryReportConnection,
  CountryReportType,
  ReportingCatalogueType,
  ReportingCycleType,
} from './reporting.types';
import { OpenDataService } from './open-data.service';
import { ReportsService } from './reports.service';

/** The catalogue and the cycles: what anyone reads, and what platform admins configure. */
@Resolver(() => ReportingCycleType)
export class ReportingCyclesResolver {
  constructor(
    private readonly catalogues: ReportingCatalogueService,
    private readonly countryReports: ReportsService,
    private readonly openData: OpenDataService,
    private readonly loaders: ReportingLoaders,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => [ReportingCatalogueType], { description: 'Every catalogue version loaded, newest first.' })
  async reportingCatalogues() {
    return (await this.catalogues.catalogues()).map(ReportingCatalogueType.from);
  }

  @Query(() => [ReportingCycleType], { description: 'Reporting cycles, newest first.' })
  async reportingCycles() {
    return (await this.catalogues.cycles()).map(ReportingCycleType.from);
  }

  @Query(() => ReportingCycleType, { nullable: true })
  async reportingCycle(@Args() { year }: CycleYearArgs) {
    const cycle = await this.catalogues.cycleByYear(year);
    return cycle ? ReportingCycleType.from(cycle) : null;
  }

  @Query(() => [CountryPathType], {
    description: "A country's published status on each paragraph across cycles.",
  })
  countryReportingPath(@Args() { countryId }: CountryArgs) {
    return this.openData.countryPath(countryId);
  }

  @SignedIn()
  @Query(() => ReportingRolesType, {
    description: 'The countries and organizations the person reports or validates for.',
  })
  async myReportingRoles(@Context() context: GraphQLContext): Promise<ReportingRolesType> {
    const facts = await this.policy.facts(context);
    return {
      officialCountryIds: [...facts.officialJurisdictions],
      validatorOrganizationIds: Object.keys(facts.validatorOrganizations),
    };
  }

  @ResolveField(() => ReportingCatalogueType)
  async catalogue(@Parent() cycle: ReportingCycleType, @Context() context: GraphQLContext) {
    const found = await this.loaders.catalogueById(context.loaders).load(cycle.catalogueId);
    return found ? ReportingCatalogueType.from(found) : null;
  }

  @ResolveField(() => [CatalogueItemType], {
    description: "The member states' paragraphs a report assesses.",
  })
  async items(@Parent() cycle: ReportingCycleType, @Context() context: GraphQLContext) {
    return memberStateItems(await this.loaders.items(context.loaders).load(cycle.catalogueId)).map(
      CatalogueItemType.from,
    );
  }

  @ResolveField(() => CountryReportConnection, { description: "Countries' reports, by country name." })
  async reports(@Parent() cycle: ReportingCycleType, @Args() args: CycleReportsArgs) {
    const after = keysetAfter(args.after, 2) as [string, string] | null;
    const [rows, total] = await Promise.all([
      this.countryReports.reportsPage(cycle.id, args.publishedOnly, after, args.first + 1),
      this.countryReports.reportsCount(cycle.id, args.publishedOnly),
    ]);
    const names = await this.countryReports.countryNamesOf(rows.map((row) => row.countryId));
    return toConnection(
      rows,
      args.first,
      total,
      (row) => [names.get(row.countryId) ?? '', row.id],
      CountryReportType.from,
    );
  }

  @ResolveField(() => CountryReportType, {
    nullable: true,
    description: "One country's report in this cycle.",
  })
  async report(
    @Parent() cycle: ReportingCycleType,
    @Args('countryId', { type: () => ID }) countryId: string,
    @Context() context: GraphQLContext,
  ) {
    const found = await this.loaders.reportOf(context.loaders).load(`${cycle.id}:${countryId}`);
    return found ? CountryReportType.from(found) : null;
  }

  @ResolveField(() => [ItemStatusesType], { description: 'Per paragraph, each country’s published status.' })
  async statuses(@Parent() cycle: ReportingCycleType, @Context() context: GraphQLContext) {
    const items = memberStateItems(await this.loaders.items(context.loaders).load(cycle.catalogueId));
    const rows = await this.openData.cycleStatuses(cycle.id);
    return items.map((item) => ({
      itemCode: item.code,
      countries: rows
        .filter((row) => row.itemCode === item.code)
        .map((row) => ({ countryId: row.countryId, status: row.status })),
    }));
  }

  @ResolveField(() => [GroupStatusCountsType], {
    description: 'Statuses counted per paragraph for the WORLD and each WHO region.',
  })
  async regionCounts(@Parent() cycle: ReportingCycleType) {
    const found = await this.catalogues.cycleById(cycle.id);
    if (!found) return [];
    return (await this.openData.regionCounts(found)).map((cell) => ({
      group: cell.group,
      itemCode: cell.itemCode,
      total: cell.total,
      counts: STATUS_ORDER.map((status) => ({ status, count: cell.counts[status] })),
    }));
  }

  @Can('reporting.configure')
  @Mutation(() => ReportingCatalogueType, {
    description: 'Loads a new version of a catalogue from its data file (platform admins).',
  })
  async loadReportingCatalogue(
    @Args('input') input: LoadReportingCatalogueInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return ReportingCatalogueType.from(await this.catalogues.load(principal, input.catalogue));
  }

  @Can('reporting.configure')
  @Mutation(() => ReportingCycleType, { description: 'Opens a reporting cycle (platform admins).' })
  async createReportingCycle(
    @Args('input') input: CreateReportingCycleInput,
    @Context() context: GraphQLContext,
  ) {
    const principal = await this.policy.requirePrincipal(context);
    return ReportingCycleType.from(await this.catalogues.createCycle(principal, input));
  }
}

@Resolver(() => ReportingCatalogueType)
export class ReportingCataloguesResolver {
  constructor(private readonly loaders: ReportingLoaders) {}

  @ResolveField(() => [CatalogueItemType], { description: 'Every paragraph, in order.' })
  async items(@Parent() catalogue: ReportingCatalogueType, @Context() context: GraphQLContext) {
    return (await this.loaders.items(context.loaders).load(catalogue.id)).map(CatalogueItemType.from);
  }
}
