import { ConfigurationError, loadConfig } from './canopy-config';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.CANOPY_DATA_DIR).toBe('.canopy-data');
    expect(config.CANOPY_MIGRATE).toBe(true);
    expect(config.CANOPY_DEMO).toBe(false);
  });

  it('reads typed values', () => {
    const config = loadConfig({
      PORT: '4100',
      DATABASE_URL: 'postgres://u:p@db:5432/canopy',
      CANOPY_DEMO: 'true',
    });
    expect(config.PORT).toBe(4100);
    expect(config.DATABASE_URL).toBe('postgres://u:p@db:5432/canopy');
    expect(config.CANOPY_DEMO).toBe(true);
  });

  it('reads the origins allowed to call the API from a browser', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CANOPY_CORS_ORIGINS: 'https://app.example.org, http://localhost:4200' }).corsOrigins,
    ).toEqual(['https://app.example.org', 'http://localhost:4200']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/canopy' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ CANOPY_DEMO: 'yes please' }, 'CANOPY_DEMO must be true or false'],
    [{ CANOPY_CORS_ORIGINS: 'https://app.example.org/path' }, 'CANOPY_CORS_ORIGINS'],
    [{ CANOPY_CORS_ORIGINS: '*' }, 'CANOPY_CORS_ORIGINS'],
  ])('refuses %p with one line naming the variable', (env, expected) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(expected);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
