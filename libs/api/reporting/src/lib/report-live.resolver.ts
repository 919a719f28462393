import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { badUserInput, LoaderRegistry, notFound } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { ReportState } from '@canopy/domain';
import { ReportStateEvents, type ReportStateChangeEvent, type ReportStateScope } from './report-steps';
import { ReportLiveArgs } from './reporting.inputs';
import { ReportingLoaders } from './reporting.loaders';
import { ReportingCatalogueService } from './reporting-catalogue.service';
import { CountryReportType } from './reporting.types';

@ObjectType('ReportStateUpdate', { description: 'A report moved from one state to the next.' })
export class ReportStateUpdateType {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ReportState, { nullable: true, description: 'Null when the report was just started.' })
  from!: ReportState | null;

  @Field(() => ReportState)
  to!: ReportState;

  @Field(() => Int, { description: 'The latest published version once the move was made.' })
  publishedVersion!: number;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => CountryReportType, { description: 'The report as it stands after the move.' })
  report!: CountryReportType;
}

function scopeOf({ reportId, cycleId }: ReportLiveArgs): ReportStateScope {
  if (reportId && !cycleId) return { reportId };
  if (cycleId && !reportId) return { cycleId };
  throw badUserInput('reportId', 'name a report or a cycle, one of them');
}

/**
 * Progress reports as they move, over graphql-ws: a report's page, or a cycle's list, follows each state
 * change made on any API instance. A report's state is public (its content is not until published, and
 * the report's own fields keep their rules), so anyone may follow.
 */
@Resolver()
export class ReportLiveResolver {
  constructor(
    private readonly events: ReportStateEvents,
    private readonly loaders: ReportingLoaders,
    private readonly catalogues: ReportingCatalogueService,
  ) {}

  @Subscription(() => ReportStateUpdateType, {
    description: "A report's state changes, or those of every report of a cycle.",
    resolve(
      this: ReportLiveResolver,
      event: ReportStateChangeEvent,
      _args: unknown,
      context: GraphQLContext,
    ) {
      return this.update(event, context);
    },
  })
  async reportStateChanged(@Args() args: ReportLiveArgs) {
    const scope = scopeOf(args);
    if ('reportId' in scope) {
      if (!(await this.loaders.report(new LoaderRegistry()).load(scope.reportId))) throw notFound('reportId');
    } else if (!(await this.catalogues.cycleById(scope.cycleId))) {
      throw notFound('cycleId');
    }
    return this.events.live(scope);
  }

  /** Each event is answered with fresh loaders: the report as it stands now, not as first loaded. */
  async update(event: ReportStateChangeEvent, context: GraphQLContext): Promise<ReportStateUpdateType> {
    context.loaders = new LoaderRegistry();
    const report = await this.loaders.report(context.loaders).load(event.reportId);
    if (!report) throw notFound('reportId');
    return Object.assign(new ReportStateUpdateType(), {
      reportId: event.reportId,
      from: event.from,
      to: event.to,
      publishedVersion: event.publishedVersion,
      at: new Date(event.at),
      report: CountryReportType.from(report),
    });
  }
}
