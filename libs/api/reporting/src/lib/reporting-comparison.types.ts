import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus } from '@canopy/domain';

/** What the comparison dashboard reads: statuses across countries, regions and cycles. */

@ObjectType('CountryStatus')
export class CountryStatusType {
  @Field(() => ID)
  countryId!: string;

  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;
}

@ObjectType('ItemStatuses', { description: "A paragraph's published status in each country of a cycle." })
export class ItemStatusesType {
  @Field()
  itemCode!: string;

  @Field(() => [CountryStatusType])
  countries!: CountryStatusType[];
}

@ObjectType('StatusCount')
export class StatusCountType {
  @Field(() => AssessmentStatus)
  status!: AssessmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('GroupStatusCounts', {
  description: 'Statuses of a paragraph counted in a WHO region, or the WORLD.',
})
export class GroupStatusCountsType {
  @Field({ description: 'A WHO region code, or WORLD.' })
  group!: string;

  @Field()
  itemCode!: string;

  @Field(() => Int, { description: 'Countries that published a status.' })
  total!: number;

  @Field(() => [StatusCountType], { description: 'Every status, in order, zero where none.' })
  counts!: StatusCountType[];
}

@ObjectType('CyclePoint')
export class CyclePointType {
  @Field(() => Int)
  cycle!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => AssessmentStatus, { nullable: true })
  status!: AssessmentStatus | null;
}

@ObjectType('CountryPath', { description: "A country's status on a paragraph across cycles, oldest first." })
export class CountryPathType {
  @Field()
  itemCode!: string;

  @Field(() => [CyclePointType])
  points!: CyclePointType[];
}

@ObjectType('ReportingRoles', { description: 'What the signed-in person may do in reporting.' })
export class ReportingRolesType {
  @Field(() => [ID], { description: 'Countries whose reports the person edits as a government official.' })
  officialCountryIds!: string[];

  @Field(() => [ID], { description: 'Civil society organizations through which the person validates.' })
  validatorOrganizationIds!: string[];
}
