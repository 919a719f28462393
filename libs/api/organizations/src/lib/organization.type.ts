import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@canopy/api/core';
import { ACCOUNT_LIMITS, ORGANIZATION_LIMITS, OrganizationRole, OrganizationSector } from '@canopy/domain';
import {
  OrganizationEntity,
  OrganizationInvitationEntity,
  OrganizationMemberEntity,
} from './organization.entity';

registerEnumType(OrganizationSector, { name: 'OrganizationSector' });
registerEnumType(OrganizationRole, { name: 'OrganizationRole' });

const NOT_BLANK = /\S/;
const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationSector)
  sector!: OrganizationSector;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  verified!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt!: Date | null;

  jurisdictionId!: string;

  static from(entity: OrganizationEntity): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: entity.id,
      name: entity.name,
      sector: entity.sector,
      description: entity.description,
      website: entity.website,
      verified: !!entity.verifiedAt,
      verifiedAt: entity.verifiedAt,
      jurisdictionId: entity.jurisdictionId,
    });
  }
}

@ObjectType('OrganizationMember')
export class OrganizationMemberType {
  @Field(() => OrganizationRole)
  role!: OrganizationRole;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;

  userId!: string;

  static from(entity: OrganizationMemberEntity): OrganizationMemberType {
    return Object.assign(new OrganizationMemberType(), {
      role: entity.role,
      joinedAt: entity.joinedAt,
      userId: entity.userId,
    });
  }
}

@ObjectType()
export class OrganizationMemberConnection extends ConnectionType(
  OrganizationMemberType,
  'OrganizationMember',
) {}

@ObjectType()
export class OrganizationConnection extends ConnectionType(OrganizationType, 'Organization') {}

@ObjectType('OrganizationMembership')
export class OrganizationMembershipType {
  @Field(() => OrganizationRole)
  role!: OrganizationRole;

  organizationId!: string;
}

@ObjectType('OrganizationInvitation')
export class OrganizationInvitationType {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => OrganizationRole)
  role!: OrganizationRole;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  organizationId!: string;

  static from(entity: OrganizationInvitationEntity): OrganizationInvitationType {
    return Object.assign(new OrganizationInvitationType(), {
      id: entity.id,
      email: entity.email,
      role: entity.role,
      expiresAt: entity.expiresAt,
      organizationId: entity.organizationId,
    });
  }
}

@ArgsType()
export class OrganizationsArgs extends ConnectionArgs {
  @Field(() => OrganizationSector, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationSector)
  sector?: OrganizationSector | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code in capitals, such as TH' })
  countryCode?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  verified?: boolean | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(ORGANIZATION_LIMITS.nameMaxLength)
  name!: string;

  @Field(() => OrganizationSector)
  @IsEnum(OrganizationSector)
  sector!: OrganizationSector;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a jurisdiction id' })
  jurisdictionId!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(ORGANIZATION_LIMITS.descriptionMaxLength)
  description: string = '';

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) address' })
  @MaxLength(ORGANIZATION_LIMITS.websiteMaxLength)
  website?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(ORGANIZATION_LIMITS.nameMaxLength)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANIZATION_LIMITS.descriptionMaxLength)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: 'must be an http(s) address' })
  @MaxLength(ORGANIZATION_LIMITS.websiteMaxLength)
  website?: string | null;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;

  @Field(() => OrganizationRole, { defaultValue: OrganizationRole.MEMBER })
  @IsEnum(OrganizationRole)
  role: OrganizationRole = OrganizationRole.MEMBER;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an organization id' })
  organizationId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}
