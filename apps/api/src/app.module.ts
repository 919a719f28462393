import { resolve } from 'node:path';
import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import {
  CanopyConfig,
  ConfigModule,
  DatabaseModule,
  EventsModule,
  GraphqlApiModule,
  HealthModule,
  MailModule,
  RateLimitModule,
  SecurityModule,
} from '@canopy/api/core';
import { AssembliesModule } from '@canopy/api/assemblies';
import { IdentityModule } from '@canopy/api/identity';
import { JurisdictionsModule } from '@canopy/api/jurisdictions';
import { OrganizationsModule } from '@canopy/api/organizations';
import { AgendaModule } from '@canopy/api/agenda';
import { ConsultationModule } from '@canopy/api/consultation';
import { ResolutionsModule } from '@canopy/api/resolutions';
import { ChartersModule } from '@canopy/api/charters';
import { ReportingModule } from '@canopy/api/reporting';
import { DemoDataLoader } from './demo/demo-data.loader';
import { canopySchema } from './schema';

@Module({})
export class AppModule {
  static forRoot(config: CanopyConfig): DynamicModule {
    const web = config.CANOPY_WEB_DIR
      ? [
          ServeStaticModule.forRoot({
            rootPath: resolve(config.CANOPY_WEB_DIR),
            exclude: ['/graphql{*path}', '/health{*path}', '/files{*path}', '/open-data{*path}'],
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(canopySchema),
        GraphqlApiModule,
        HealthModule,
        SecurityModule,
        MailModule,
        RateLimitModule,
        EventsModule,
        IdentityModule,
        JurisdictionsModule,
        OrganizationsModule,
        AgendaModule,
        ConsultationModule,
        ResolutionsModule,
        ChartersModule,
        ReportingModule,
        AssembliesModule,
        ...web,
      ],
      providers: [DemoDataLoader],
    };
  }
}
