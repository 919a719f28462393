import { Type } from '@nestjs/common';
import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { decodeCursor, encodeCursor, PAGE_SIZE } from '@canopy/domain';
import { badUserInput } from './graphql-errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type named after its node: `AssemblyConnection` with `AssemblyEdge`s. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionBase {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionBase as unknown as Type<Connection<T>>;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE.default })
  @IsInt()
  @Min(1)
  @Max(PAGE_SIZE.max)
  first: number = PAGE_SIZE.default;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  after?: string | null;
}

/** The keyset a page starts after, or a BAD_USER_INPUT error naming `after`. */
export function keysetAfter(after: string | null | undefined, arity: number): (string | number)[] | null {
  if (after === null || after === undefined) return null;
  const key = decodeCursor(after, arity);
  if (!key) throw badUserInput('after', 'is not a cursor this list gave out');
  return key;
}

export interface KeysetSource<Row> {
  /** Up to `limit` rows after the keyset (exclusive), in keyset order. */
  page(after: (string | number)[] | null, limit: number): Promise<Row[]>;
  count(): Promise<number>;
}

/** The sort key of a list: its cursors carry these values of the last row seen. */
export interface Keyset<Row> {
  arity: number;
  of(row: Row): (string | number)[];
}

/** Alphabetical lists: name, then id to break ties. */
export const byNameThenId: Keyset<{ name: string; id: string }> = {
  arity: 2,
  of: (row) => [row.name, row.id],
};

/** A connection over any keyset-ordered source: one query for the page, one for the total. */
export async function keysetConnection<Row>(
  args: ConnectionArgs,
  source: KeysetSource<Row>,
  keyset: Keyset<NoInfer<Row>>,
): Promise<Connection<Row>> {
  const after = keysetAfter(args.after, keyset.arity);
  const [rows, totalCount] = await Promise.all([source.page(after, args.first + 1), source.count()]);
  return toConnection(
    rows,
    args.first,
    totalCount,
    (row) => keyset.of(row),
    (row) => row,
  );
}

export function emptyConnection<Row>(): Connection<Row> {
  return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
}

/** One page as the data layer returns it: up to `first + 1` rows, the extra one only telling that more exist. */
export function toConnection<Row, Node>(
  rows: Row[],
  first: number,
  totalCount: number,
  sortKey: (row: Row) => (string | number)[],
  toNode: (row: Row) => Node,
): Connection<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(sortKey(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id this API gave out' })
  id!: string;
}
