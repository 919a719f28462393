import { CallHandler, CanActivate, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, Observable, of, switchMap } from 'rxjs';
import type { Action } from '@canopy/domain';
import type { GraphQLContext } from '../graphql/graphql-context';
import {
  POLICY_METADATA,
  PolicyRequirement,
  PRIVATE_FIELD_METADATA,
  ResourceFromParent,
} from './policy.decorators';
import { PolicyService } from './policy.service';

/** Runs on every resolver: where one declares @Can or @SignedIn, the policy decides before it runs. */
@Injectable()
export class PolicyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.get<PolicyRequirement | undefined>(
      POLICY_METADATA,
      context.getHandler(),
    );
    if (!requirement || context.getType<string>() !== 'graphql') return true;
    const graphql = GqlExecutionContext.create(context);
    const ctx = graphql.getContext<GraphQLContext>();
    if (requirement.action === 'signedIn') {
      await this.policy.requirePrincipal(ctx);
    } else {
      await this.policy.assert(ctx, requirement.action, requirement.resource?.(graphql.getArgs()) ?? {});
    }
    return true;
  }
}

/** Answers null for a @PrivateField the actor may not read, instead of running its resolver. */
@Injectable()
export class PrivateFieldInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly policy: PolicyService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.get<{ action: Action; resource: ResourceFromParent } | undefined>(
      PRIVATE_FIELD_METADATA,
      context.getHandler(),
    );
    if (!rule || context.getType<string>() !== 'graphql') return next.handle();
    const graphql = GqlExecutionContext.create(context);
    const allowed = this.policy.can(
      graphql.getContext<GraphQLContext>(),
      rule.action,
      rule.resource(graphql.getRoot()),
    );
    return from(allowed).pipe(switchMap((yes) => (yes ? next.handle() : of(null))));
  }
}
