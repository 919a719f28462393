import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { badUserInputFields, FieldProblem } from './graphql-errors';

/**
 * class-validator on every argument and input type. Unknown properties are refused rather than dropped,
 * and failures become one BAD_USER_INPUT error listing each field at fault.
 */
export function canopyValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => badUserInputFields(flatten(errors)),
  });
}

/** Names fields from the argument down (`input.email`), as the client wrote them. */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      const fields =
        error instanceof GraphQLError
          ? (error.extensions['fields'] as FieldProblem[] | undefined)
          : undefined;
      if (!fields || !metadata.data) throw error;
      throw badUserInputFields(
        fields.map((problem) => ({ ...problem, field: `${metadata.data}.${problem.field}` })),
      );
    }
  }
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
