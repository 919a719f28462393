import { startTestApp, TestApp } from './testing/test-app';

interface Page {
  jurisdictions: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        name: string;
        level: string;
        iso2: string | null;
        whoRegion: string | null;
        parent: { name: string } | null;
        country: { iso2: string };
      };
    }[];
  };
}

const LIST = `query ($first: Int!, $level: JurisdictionLevel, $countryCode: String, $parentId: ID) {
  jurisdictions(first: $first, level: $level, countryCode: $countryCode, parentId: $parentId) {
    totalCount edges { node { id name level iso2 whoRegion parent { name } country { iso2 } } } } }`;

describe('jurisdictions', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ demo: true });
  });

  afterAll(() => api?.close());

  it('lists the 194 countries with ISO codes and WHO region', async () => {
    const { data } = await api.graphql<Page>(LIST, { first: 100, level: 'COUNTRY' });
    expect(data?.jurisdictions.totalCount).toBe(194);
    expect(data?.jurisdictions.edges).toHaveLength(100);
    const node = data?.jurisdictions.edges[0].node;
    expect(node).toMatchObject({ level: 'COUNTRY', parent: null });
    expect(node?.country.iso2).toBe(node?.iso2);
  });

  it('gives a country and everything within it', async () => {
    const { data } = await api.graphql<Page>(LIST, { first: 100, countryCode: 'TH' });
    const levels = new Set(data?.jurisdictions.edges.map((edge) => edge.node.level));
    expect(levels).toEqual(new Set(['COUNTRY', 'REGION', 'DISTRICT', 'COMMUNITY']));
    expect(data?.jurisdictions.edges.every((edge) => edge.node.country.iso2 === 'TH')).toBe(true);
    const hatYai = data?.jurisdictions.edges.find((edge) => edge.node.name === 'Hat Yai')?.node;
    expect(hatYai).toMatchObject({
      level: 'DISTRICT',
      parent: { name: 'Songkhla' },
      iso2: null,
      whoRegion: null,
    });

    const children = await api.graphql<Page>(LIST, { first: 100, parentId: hatYai?.id });
    expect(children.data?.jurisdictions.edges.map((edge) => edge.node.level)).toEqual(
      children.data?.jurisdictions.edges.map(() => 'COMMUNITY'),
    );
    expect(children.data?.jurisdictions.totalCount).toBeGreaterThan(0);
  });

  it('refuses a parent id that is not an id', async () => {
    const { errors } = await api.graphql(LIST, { first: 5, parentId: 'songkhla' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });
});
