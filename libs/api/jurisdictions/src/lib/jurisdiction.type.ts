import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@canopy/api/core';
import { JurisdictionLevel, WhoRegion } from '@canopy/domain';
import { JurisdictionEntity } from './jurisdiction.entity';

registerEnumType(JurisdictionLevel, { name: 'JurisdictionLevel' });
registerEnumType(WhoRegion, { name: 'WhoRegion', description: 'The WHO region a member state belongs to.' });

export const ISO_ALPHA2_MESSAGE = 'must be an ISO 3166-1 alpha-2 code in capitals, such as TH';

@ObjectType('Jurisdiction', {
  description: 'A place at a level: country, region or province, district, community.',
})
export class JurisdictionType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => JurisdictionLevel)
  level!: JurisdictionLevel;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code, countries only.' })
  iso2!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, countries only.' })
  iso3!: string | null;

  @Field(() => WhoRegion, { nullable: true })
  whoRegion!: WhoRegion | null;

  parentId!: string | null;
  /** The country this lies in: its own id for a country. */
  countryId!: string;

  static from(entity: JurisdictionEntity): JurisdictionType {
    return Object.assign(new JurisdictionType(), {
      id: entity.id,
      name: entity.name,
      level: entity.level,
      iso2: entity.iso2,
      iso3: entity.iso3,
      whoRegion: entity.whoRegion,
      parentId: entity.parentId,
      countryId: entity.countryId ?? entity.id,
    });
  }
}

@ObjectType()
export class JurisdictionConnection extends ConnectionType(JurisdictionType, 'Jurisdiction') {}

@ArgsType()
export class JurisdictionsArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code: the country itself and everything within it.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: ISO_ALPHA2_MESSAGE })
  countryCode?: string | null;

  @Field(() => JurisdictionLevel, { nullable: true })
  @IsOptional()
  @IsEnum(JurisdictionLevel)
  level?: JurisdictionLevel | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a jurisdiction id' })
  parentId?: string | null;
}
