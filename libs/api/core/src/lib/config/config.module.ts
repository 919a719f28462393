import { DynamicModule, Global, Module } from '@nestjs/common';
import { CanopyConfig } from './canopy-config';

/** Makes the validated configuration injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: CanopyConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: CanopyConfig, useValue: config }],
      exports: [CanopyConfig],
    };
  }
}
