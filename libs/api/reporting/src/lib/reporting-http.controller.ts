import { Controller, Get, HttpException, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { LoaderRegistry, PolicyService, SecurityRegistry } from '@canopy/api/core';
import type { GraphQLContext } from '@canopy/api/core';
import { REPORTING_LIMITS } from '@canopy/domain';
import { EvidenceFilesService } from './evidence-files.service';
import { OpenDataService } from './open-data.service';
import { evidenceFile } from './validation.resolver';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
};

/** The GraphQL error a service threw, as an HTTP answer with the same code, field and reason. */
function httpError(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const code = String(error.extensions['code'] ?? 'BAD_REQUEST');
  return new HttpException(
    { code, message: error.message, field: error.extensions['field'], reason: error.extensions['reason'] },
    STATUS_OF_CODE[code] ?? 400,
  );
}

function problem(code: string, field: string, message: string): HttpException {
  return new HttpException({ code, field, message: `${field} ${message}` }, STATUS_OF_CODE[code] ?? 400);
}

function send(res: Response, body: Buffer, type: string, fileName: string, cache: string): void {
  res.set({
    'content-type': type,
    'content-length': String(body.length),
    'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': cache,
  });
  res.end(body);
}

/**
 * What plain HTTP serves better than GraphQL: evidence files up and down, and open data downloads a
 * browser can show progress for (every answer says its length).
 */
@Controller()
export class ReportingHttpController {
  constructor(
    private readonly files: EvidenceFilesService,
    private readonly openData: OpenDataService,
    private readonly policy: PolicyService,
    private readonly registry: SecurityRegistry,
  ) {}

  /**
   * Uploads one evidence file for a report: the body is the file, its type the Content-Type. Officials
   * of the country upload for their assessments; a civil society organization of it (`organizationId`)
   * for its shadow assessment, while validation is open.
   */
  @Post('files/evidence')
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @Query('reportId') reportId?: string,
    @Query('organizationId') organizationId?: string,
    @Query('fileName') fileName?: string,
  ): Promise<void> {
    try {
      if (!reportId || !UUID.test(reportId))
        throw problem('BAD_USER_INPUT', 'reportId', 'must be an id this API gave out');
      if (organizationId !== undefined && !UUID.test(organizationId)) {
        throw problem('BAD_USER_INPUT', 'organizationId', 'must be an id this API gave out');
      }
      const context: GraphQLContext = { req, res, loaders: new LoaderRegistry() };
      const principal = organizationId
        ? await this.policy.assert(context, 'report.validate', { reportId, organizationId })
        : await this.policy.assert(context, 'report.edit', { reportId });
      const declared = Number(req.headers['content-length'] ?? NaN);
      if (declared > REPORTING_LIMITS.fileMaxBytes) {
        throw problem(
          'PAYLOAD_TOO_LARGE',
          'file',
          `must be at most ${REPORTING_LIMITS.fileMaxBytes / (1024 * 1024)} MB`,
        );
      }
      const body = await readBody(req, REPORTING_LIMITS.fileMaxBytes);
      if (!body) {
        throw problem(
          'PAYLOAD_TOO_LARGE',
          'file',
          `must be at most ${REPORTING_LIMITS.fileMaxBytes / (1024 * 1024)} MB`,
        );
      }
      const file = await this.files.upload(principal, {
        reportId,
        organizationId: organizationId ?? null,
        fileName: fileName ?? '',
        contentType: String(req.headers['content-type'] ?? ''),
        body,
      });
      res.status(201).json(evidenceFile(file));
    } catch (error) {
      throw httpError(error);
    }
  }

  /** An evidence file. Its id, given out only with the report it belongs to, is what lets one read it. */
  @Get('files/evidence/:id')
  async download(@Param('id') id: string, @Res() res: Response): Promise<void> {
    if (!UUID.test(id)) throw problem('BAD_USER_INPUT', 'id', 'must be an id this API gave out');
    const found = await this.files.read(id);
    if (!found) throw problem('NOT_FOUND', 'id', 'does not exist');
    send(res, found.body, found.file.contentType, found.file.fileName, 'private, max-age=86400, immutable');
  }

  /** A whole cycle's published reports: `2026.json` or `2026.csv`. */
  @Get('open-data/reports/:file')
  async cycle(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const { name, format } = split(file, /^\d{4}$/);
    const exported = await this.openData.cycleExport(Number(name));
    if (!exported) throw problem('NOT_FOUND', 'year', 'has no reporting cycle');
    this.sendExport(res, exported, format, `wha77-2-reports-${name}.${format}`);
  }

  /** Civil society's shadow assessments of a cycle's published reports, one CSV row each: `2026.csv`. */
  @Get('open-data/shadow-assessments/:file')
  async shadows(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const { name, format } = split(file, /^\d{4}$/);
    if (format !== 'csv') throw problem('BAD_USER_INPUT', 'file', 'must be a year followed by .csv');
    const exported = await this.openData.cycleExport(Number(name));
    if (!exported) throw problem('NOT_FOUND', 'year', 'has no reporting cycle');
    res.set('access-control-allow-origin', '*');
    send(
      res,
      Buffer.from(this.openData.shadowsCsv(exported), 'utf8'),
      'text/csv; charset=utf-8',
      `wha77-2-shadow-assessments-${name}.csv`,
      'public, max-age=60',
    );
  }

  /** One country's published report of a cycle, by ISO 3166-1 alpha-3: `2026/THA.json`, `?version=1`. */
  @Get('open-data/reports/:year/:file')
  async country(
    @Param('year') year: string,
    @Param('file') file: string,
    @Query('version') version: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { name, format } = split(file, /^[A-Z]{3}$/);
    if (!/^\d{4}$/.test(year)) throw problem('BAD_USER_INPUT', 'year', 'must be a year');
    if (version !== undefined && !/^[1-9]\d{0,5}$/.test(version)) {
      throw problem('BAD_USER_INPUT', 'version', 'must be a version number');
    }
    const exported = await this.openData.countryExport(
      Number(year),
      name,
      version ? Number(version) : undefined,
    );
    if (!exported) throw problem('NOT_FOUND', 'country', 'has no such published report');
    this.sendExport(
      res,
      exported,
      format,
      `wha77-2-report-${year}-${name}${version ? `-v${version}` : ''}.${format}`,
    );
  }

  /** An indicator's values from every published report, in the Open SDG shape: `SDG-16.7.2.csv`. */
  @Get('open-data/indicators/:file')
  async indicator(@Param('file') file: string, @Res() res: Response): Promise<void> {
    if (!/^[A-Za-z0-9][A-Za-z0-9().-]{0,39}\.csv$/.test(file)) {
      throw problem('BAD_USER_INPUT', 'indicator', 'must be an indicator code followed by .csv');
    }
    const code = file.slice(0, -'.csv'.length);
    const csv = await this.openData.indicatorCsv(code);
    if (csv === null) throw problem('NOT_FOUND', 'indicator', 'is in no catalogue');
    res.set('access-control-allow-origin', '*');
    send(res, Buffer.from(csv, 'utf8'), 'text/csv; charset=utf-8', `${code}.csv`, 'public, max-age=60');
  }

  private sendExport(
    res: Response,
    exported: Awaited<ReturnType<OpenDataService['cycleExport']>> & object,
    format: 'json' | 'csv',
    fileName: string,
  ): void {
    const body =
      format === 'json'
        ? Buffer.from(JSON.stringify(exported), 'utf8')
        : Buffer.from(this.openData.csv(exported), 'utf8');
    res.set('access-control-allow-origin', '*');
    send(
      res,
      body,
      format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      fileName,
      'public, max-age=60',
    );
  }
}

function split(file: string, name: RegExp): { name: string; format: 'json' | 'csv' } {
  const match = /^(.+)\.(json|csv)$/.exec(file);
  if (!match || !name.test(match[1]))
    throw problem('BAD_USER_INPUT', 'file', 'must be a name followed by .json or .csv');
  return { name: match[1], format: match[2] as 'json' | 'csv' };
}

/** The request body, or null when it grows past `limit` bytes (the rest is not read). */
async function readBody(req: Request, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      req.unpipe();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
