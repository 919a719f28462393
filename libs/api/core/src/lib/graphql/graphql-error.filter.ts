import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * A GraphQLError thrown on purpose (bad input, not signed in, forbidden) is an answer, not a fault:
 * hand it to GraphQL as it is, so Nest does not log it as an error. Anything else still reaches
 * Nest's handler and formatGraphQLError, which log it.
 */
@Catch(GraphQLError)
export class GraphQLErrorPassThrough implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
