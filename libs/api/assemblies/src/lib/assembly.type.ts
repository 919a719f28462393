import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@canopy/api/core';
import {
  ACCOUNT_LIMITS,
  AssemblyKind,
  AssemblyRole,
  defaultResolutionPrefix,
  RESOLUTION_LIMITS,
  VerificationLevel,
} from '@canopy/domain';
import { AssemblyRoleGrantEntity } from './assembly-role-grant.entity';
import { AssemblyEditionEntity } from './assembly-edition.entity';
import { AssemblyEntity } from './assembly.entity';

registerEnumType(AssemblyRole, { name: 'AssemblyRole' });

registerEnumType(AssemblyKind, {
  name: 'AssemblyKind',
  description: 'National, area-based (provincial, regional) or issue-based.',
});

@ObjectType('Assembly', { description: 'A recurring participatory body; each sitting is an edition.' })
export class AssemblyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => AssemblyKind)
  kind!: AssemblyKind;

  @Field(() => VerificationLevel, {
    description: "Verification a citizen needs to vote in this assembly's consultations.",
  })
  votingLevel!: VerificationLevel;

  @Field({ description: 'What its resolutions are numbered with: "NHA" in "NHA 16.2".' })
  resolutionPrefix!: string;

  jurisdictionId!: string;

  static from(entity: AssemblyEntity): AssemblyType {
    return Object.assign(new AssemblyType(), {
      id: entity.id,
      name: entity.name,
      description: entity.description,
      kind: entity.kind,
      votingLevel: entity.votingLevel,
      resolutionPrefix: entity.resolutionPrefix ?? defaultResolutionPrefix(entity.name),
      jurisdictionId: entity.jurisdictionId,
    });
  }
}

@ObjectType('AssemblyEdition')
export class AssemblyEditionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the sitting starts.' })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the sitting ends.' })
  endsOn!: string | null;

  assemblyId!: string;
  proposalsOpenAt!: Date | null;
  proposalsCloseAt!: Date | null;

  static from(entity: AssemblyEditionEntity): AssemblyEditionType {
    return Object.assign(new AssemblyEditionType(), {
      proposalsOpenAt: entity.proposalsOpenAt,
      proposalsCloseAt: entity.proposalsCloseAt,
      id: entity.id,
      number: entity.number,
      title: entity.title,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
      assemblyId: entity.assemblyId,
    });
  }
}

@ObjectType()
export class AssemblyConnection extends ConnectionType(AssemblyType, 'Assembly') {}

@ArgsType()
export class AssembliesArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the country the assemblies belong to.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code in capitals, such as TH' })
  countryCode?: string | null;

  @Field(() => AssemblyKind, { nullable: true })
  @IsOptional()
  @IsEnum(AssemblyKind)
  kind?: AssemblyKind | null;
}

@ObjectType('AssemblyRoleGrant')
export class AssemblyRoleGrantType {
  @Field(() => AssemblyRole)
  role!: AssemblyRole;

  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;

  userId!: string;
  assemblyId!: string;

  static from(entity: AssemblyRoleGrantEntity): AssemblyRoleGrantType {
    return Object.assign(new AssemblyRoleGrantType(), {
      role: entity.role,
      grantedAt: entity.grantedAt,
      userId: entity.userId,
      assemblyId: entity.assemblyId,
    });
  }
}

@InputType()
export class GrantAssemblyRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;

  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;

  @Field(() => AssemblyRole)
  @IsEnum(AssemblyRole)
  role!: AssemblyRole;
}

@InputType()
export class RevokeAssemblyRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;

  @Field(() => AssemblyRole)
  @IsEnum(AssemblyRole)
  role!: AssemblyRole;
}

@InputType()
export class SetResolutionPrefixInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;

  @Field({ description: 'Letters and digits, e.g. "NHA"; resolutions already numbered keep their code.' })
  @Matches(/^[\p{L}\p{N}][\p{L}\p{N}\-. ]*$/u, { message: 'must start with a letter or digit' })
  @MaxLength(RESOLUTION_LIMITS.prefixMaxLength)
  prefix!: string;
}

@InputType()
export class SetVotingLevelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assembly id' })
  assemblyId!: string;

  @Field(() => VerificationLevel)
  @IsEnum(VerificationLevel)
  level!: VerificationLevel;
}
