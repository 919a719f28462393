import { gql, InMemoryCache } from '@apollo/client';
import { cacheTypePolicies } from './cache-type-policies';

// Two subjects reaching the same consultation, as a resolution page and a charter page do.
const bySubject = gql`
  query CommentsBySubject($id: ID!, $paragraph: Int, $first: Int!, $after: String) {
    subject(id: $id) {
      id
      consultation {
        id
        comments(paragraph: $paragraph, first: $first, after: $after) {
          totalCount
          pageInfo {
            endCursor
            hasNextPage
          }
          edges {
            cursor
            node {
              id
            }
          }
        }
      }
    }
  }
`;
const byOtherSubject = gql`
  query CommentsByOtherSubject($id: ID!, $paragraph: Int, $first: Int!) {
    other(id: $id) {
      id
      hearing {
        id
        comments(paragraph: $paragraph, first: $first) {
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`;

const page = (ids: string[], hasNextPage: boolean, totalCount: number) => ({
  __typename: 'CommentConnection',
  totalCount,
  pageInfo: { __typename: 'PageInfo', endCursor: ids.at(-1) ?? null, hasNextPage },
  edges: ids.map((id) => ({ __typename: 'CommentEdge', cursor: id, node: { __typename: 'Comment', id } })),
});

const write = (
  cache: InMemoryCache,
  variables: { paragraph: number; first: number; after?: string },
  comments: ReturnType<typeof page>,
) =>
  cache.writeQuery({
    query: bySubject,
    variables: { id: 's', ...variables },
    data: {
      subject: {
        __typename: 'Subject',
        id: 's',
        consultation: { __typename: 'Consultation', id: 'c', comments },
      },
    },
  });

const read = (cache: InMemoryCache, paragraph: number) =>
  cache.readQuery<{
    subject: { consultation: { comments: ReturnType<typeof page> } };
  }>({ query: bySubject, variables: { id: 's', paragraph, first: 20 } })?.subject.consultation.comments;

const ids = (comments: ReturnType<typeof page> | undefined) => comments?.edges.map((edge) => edge.node.id);

describe('the threads of a consultation in the cache', () => {
  it('appends a page fetched after the last one, per paragraph', () => {
    const cache = new InMemoryCache({ typePolicies: cacheTypePolicies });
    write(cache, { paragraph: 2, first: 2 }, page(['a', 'b'], true, 3));
    write(cache, { paragraph: 2, first: 2, after: 'b' }, page(['c'], false, 3));
    write(cache, { paragraph: 3, first: 2 }, page(['x'], false, 1));

    const second = read(cache, 2);
    expect(ids(second)).toEqual(['a', 'b', 'c']);
    expect(second?.pageInfo.hasNextPage).toBe(false);
    expect(second?.totalCount).toBe(3);
    expect(ids(read(cache, 3))).toEqual(['x']);
  });

  it('replaces the list when it is asked for again from the start', () => {
    const cache = new InMemoryCache({ typePolicies: cacheTypePolicies });
    write(cache, { paragraph: 2, first: 2 }, page(['a', 'b'], true, 3));
    write(cache, { paragraph: 2, first: 2, after: 'b' }, page(['c'], false, 3));
    write(cache, { paragraph: 2, first: 4 }, page(['a', 'b', 'c', 'd'], false, 4));

    expect(ids(read(cache, 2))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is one list whichever subject the query reached the consultation through', () => {
    const cache = new InMemoryCache({ typePolicies: cacheTypePolicies });
    write(cache, { paragraph: 2, first: 2 }, page(['a', 'b'], false, 2));
    cache.writeQuery({
      query: gql`
        query OtherSubject($id: ID!) {
          other(id: $id) {
            id
            hearing {
              id
            }
          }
        }
      `,
      variables: { id: 'o' },
      data: { other: { __typename: 'Other', id: 'o', hearing: { __typename: 'Consultation', id: 'c' } } },
    });

    const hearing = cache.readQuery<{ other: { hearing: { comments: ReturnType<typeof page> } } }>({
      query: byOtherSubject,
      variables: { id: 'o', paragraph: 2, first: 20 },
    });
    expect(ids(hearing?.other.hearing.comments)).toEqual(['a', 'b']);
  });
});
