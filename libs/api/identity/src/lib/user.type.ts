import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgeBand, DisabilityStatus, Gender, VerificationLevel, verificationLevel } from '@canopy/domain';
import { DemographicsEntity } from './demographics.entity';
import { UserEntity } from './user.entity';

registerEnumType(VerificationLevel, { name: 'VerificationLevel' });
registerEnumType(AgeBand, { name: 'AgeBand' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(DisabilityStatus, { name: 'DisabilityStatus' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field(() => VerificationLevel)
  verificationLevel!: VerificationLevel;

  @Field()
  isPlatformAdmin!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  email!: string | null;
  residenceJurisdictionId!: string | null;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      displayName: entity.displayName,
      verificationLevel: verificationLevel({
        emailVerified: !!entity.emailVerifiedAt && !entity.deletedAt,
        residenceDeclared: !!entity.residenceJurisdictionId,
        identityVerified: !!entity.identityVerifiedAt,
      }),
      isPlatformAdmin: entity.platformAdmin,
      createdAt: entity.createdAt,
      email: entity.email,
      residenceJurisdictionId: entity.residenceJurisdictionId,
    });
  }
}

@ObjectType('Demographics', { description: 'A voluntary self-description, used only in aggregates.' })
export class DemographicsType {
  @Field(() => AgeBand, { nullable: true })
  ageBand!: AgeBand | null;

  @Field(() => Gender, { nullable: true })
  gender!: Gender | null;

  @Field(() => DisabilityStatus, { nullable: true })
  disability!: DisabilityStatus | null;

  @Field(() => String, { nullable: true })
  populationGroup!: string | null;

  residenceJurisdictionId!: string | null;

  static from(row: DemographicsEntity | undefined, residenceJurisdictionId: string | null): DemographicsType {
    return Object.assign(new DemographicsType(), {
      ageBand: row?.ageBand ?? null,
      gender: row?.gender ?? null,
      disability: row?.disability ?? null,
      populationGroup: row?.populationGroup ?? null,
      residenceJurisdictionId,
    });
  }
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field({
    description: 'Send as `Authorization: Bearer <token>`; the refresh token travels in an httpOnly cookie.',
  })
  accessToken!: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt!: Date;

  @Field(() => UserType)
  user!: UserType;
}
