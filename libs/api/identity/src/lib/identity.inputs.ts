import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ACCOUNT_LIMITS, AgeBand, DisabilityStatus, Gender } from '@canopy/domain';

const NOT_BLANK = /\S/;

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  password!: string;

  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MaxLength(ACCOUNT_LIMITS.displayNameMaxLength)
  displayName!: string;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  currentPassword!: string;

  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  newPassword!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field()
  @IsString()
  @Matches(NOT_BLANK, { message: 'must not be empty' })
  @MinLength(1)
  @MaxLength(ACCOUNT_LIMITS.displayNameMaxLength)
  displayName!: string;
}

@InputType()
export class DemographicsInput {
  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => DisabilityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DisabilityStatus)
  disability?: DisabilityStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.populationGroupMaxLength)
  populationGroup?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a jurisdiction id' })
  residenceJurisdictionId?: string | null;
}

@InputType()
export class DeleteAccountInput {
  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.passwordMaxLength)
  password!: string;
}

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class EmailArgs {
  @Field()
  @IsString()
  @MaxLength(ACCOUNT_LIMITS.emailMaxLength)
  email!: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a user id' })
  userId!: string;
}
