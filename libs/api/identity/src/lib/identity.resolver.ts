import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { CanopyConfig, PolicyService, PrivateField, SignedIn } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { JurisdictionLoaders, JurisdictionType } from '@canopy/api/jurisdictions';
import { AccountsService } from './accounts.service';
import {
  ChangePasswordInput,
  DeleteAccountInput,
  DemographicsInput,
  EmailArgs,
  LoginInput,
  RegisterInput,
  ResetPasswordInput,
  TokenArgs,
  UpdateProfileInput,
  UserIdArgs,
} from './identity.inputs';
import { ClientInfo, IssuedSession, REFRESH_TOKEN_DAYS, SessionsService } from './sessions.service';
import { UserLoaders } from './user.loaders';
import { AuthPayloadType, DemographicsType, UserType } from './user.type';

export const REFRESH_COOKIE = 'canopy_refresh';

function client(context: GraphQLContext): ClientInfo {
  return { ip: context.req.ip, userAgent: context.req.headers['user-agent'] };
}

@Resolver(() => UserType)
export class IdentityResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly policy: PolicyService,
    private readonly loaders: UserLoaders,
    private readonly jurisdictionLoaders: JurisdictionLoaders,
    private readonly config: CanopyConfig,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'The signed-in person, or null.' })
  async me(@Context() context: GraphQLContext): Promise<UserType | null> {
    const principal = await this.policy.principal(context);
    return principal ? this.loaders.byId(context.loaders).load(principal.userId) : null;
  }

  @Mutation(() => UserType, {
    description: 'Creates the account and e-mails a verification link (valid 24 h).',
  })
  async register(@Args('input') input: RegisterInput, @Context() context: GraphQLContext): Promise<UserType> {
    return UserType.from(await this.accounts.register(input, client(context)));
  }

  @Mutation(() => UserType)
  async verifyEmail(@Args() { token }: TokenArgs): Promise<UserType> {
    return UserType.from(await this.accounts.verifyEmail(token));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async resendVerification(@Context() context: GraphQLContext): Promise<boolean> {
    return this.accounts.resendVerification(await this.policy.requirePrincipal(context));
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Sets the httpOnly refresh cookie. Wrong credentials: UNAUTHENTICATED; too many tries: TOO_MANY_REQUESTS with extensions.retryAfterSeconds.',
  })
  async login(
    @Args('input') input: LoginInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayloadType> {
    return this.answer(context, await this.sessions.login(input.email, input.password, client(context)));
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Rotates the refresh cookie; reuse of an old refresh token revokes the whole session.',
  })
  async refreshSession(@Context() context: GraphQLContext): Promise<AuthPayloadType> {
    const cookies = (context.req as { cookies?: Record<string, string> }).cookies;
    try {
      return this.answer(context, await this.sessions.refresh(cookies?.[REFRESH_COOKIE], client(context)));
    } catch (error) {
      this.clearCookie(context.res);
      throw error;
    }
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async logout(@Context() context: GraphQLContext): Promise<boolean> {
    await this.sessions.logout(await this.policy.requirePrincipal(context));
    this.clearCookie(context.res);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async logoutEverywhere(@Context() context: GraphQLContext): Promise<boolean> {
    await this.sessions.logoutEverywhere(await this.policy.requirePrincipal(context));
    this.clearCookie(context.res);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Always true (does not reveal whether the e-mail has an account).',
  })
  requestPasswordReset(@Args() { email }: EmailArgs, @Context() context: GraphQLContext): Promise<boolean> {
    return this.accounts.requestPasswordReset(email, client(context));
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the account.' })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.password);
    return true;
  }

  @SignedIn()
  @Mutation(() => AuthPayloadType, { description: 'Ends every other session and returns a fresh one.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @Context() context: GraphQLContext,
  ): Promise<AuthPayloadType> {
    const principal = await this.policy.requirePrincipal(context);
    const issued = await this.accounts.changePassword(
      principal,
      input.currentPassword,
      input.newPassword,
      client(context),
    );
    return this.answer(context, issued);
  }

  @SignedIn()
  @Mutation(() => UserType)
  async updateProfile(@Args('input') input: UpdateProfileInput, @Context() context: GraphQLContext) {
    return UserType.from(
      await this.accounts.updateProfile(await this.policy.requirePrincipal(context), input.displayName),
    );
  }

  @SignedIn()
  @Mutation(() => DemographicsType)
  async recordDemographics(@Args('input') input: DemographicsInput, @Context() context: GraphQLContext) {
    const principal = await this.policy.requirePrincipal(context);
    await this.accounts.recordDemographics(principal, input);
    const [row] = await this.accounts.demographicsOf([principal.userId]);
    return DemographicsType.from(row, input.residenceJurisdictionId ?? null);
  }

  @SignedIn()
  @Mutation(() => Boolean)
  async clearDemographics(@Context() context: GraphQLContext): Promise<boolean> {
    await this.accounts.clearDemographics(await this.policy.requirePrincipal(context));
    return true;
  }

  @SignedIn()
  @Mutation(() => String, { description: 'JSON of everything Canopy holds about the signed-in person.' })
  async exportMyData(@Context() context: GraphQLContext): Promise<string> {
    return this.accounts.exportData(await this.policy.requirePrincipal(context));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Anonymizes the profile; what the person published stays, attributed to "a former member".',
  })
  async deleteAccount(@Args('input') input: DeleteAccountInput, @Context() context: GraphQLContext) {
    await this.accounts.deleteAccount(await this.policy.requirePrincipal(context), input.password);
    this.clearCookie(context.res);
    return true;
  }

  @SignedIn()
  @Mutation(() => UserType, {
    description:
      "Platform admins, or a secretariat member of an assembly in the person's country of residence.",
  })
  async verifyCitizen(@Args() { userId }: UserIdArgs, @Context() context: GraphQLContext): Promise<UserType> {
    return UserType.from(await this.accounts.verifyCitizen(context, userId));
  }

  @PrivateField('user.readPrivate', (user: UserType) => ({ userId: user.id }))
  @ResolveField(() => String, {
    nullable: true,
    description: 'Only the person themself and platform admins can read it; null for others.',
  })
  email(@Parent() user: UserType): string | null {
    return user.email;
  }

  @PrivateField('user.readDemographics', (user: UserType) => ({ userId: user.id }))
  @ResolveField(() => DemographicsType, {
    nullable: true,
    description: 'Only the person themself; null for anyone else and when never recorded.',
  })
  async demographics(@Parent() user: UserType, @Context() context: GraphQLContext) {
    const row = await this.loaders.demographics(context.loaders).load(user.id);
    return row || user.residenceJurisdictionId
      ? DemographicsType.from(row ?? undefined, user.residenceJurisdictionId)
      : null;
  }

  private answer(context: GraphQLContext, issued: IssuedSession): AuthPayloadType {
    context.res.cookie(REFRESH_COOKIE, issued.refreshToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.CANOPY_PUBLIC_URL.startsWith('https://'),
      path: '/graphql',
      maxAge: REFRESH_TOKEN_DAYS * 86_400_000,
    });
    this.policy.actAs(context, { userId: issued.user.id, sessionId: issued.sessionId });
    return {
      accessToken: issued.accessToken,
      accessTokenExpiresAt: issued.accessTokenExpiresAt,
      user: UserType.from(issued.user),
    };
  }

  private clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: '/graphql' });
  }
}

@Resolver(() => DemographicsType)
export class DemographicsResolver {
  constructor(private readonly jurisdictions: JurisdictionLoaders) {}

  @ResolveField(() => JurisdictionType, { nullable: true })
  residence(@Parent() demographics: DemographicsType, @Context() context: GraphQLContext) {
    return demographics.residenceJurisdictionId
      ? this.jurisdictions.byId(context.loaders).load(demographics.residenceJurisdictionId)
      : null;
  }
}
