import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class TokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token!: string;
}
