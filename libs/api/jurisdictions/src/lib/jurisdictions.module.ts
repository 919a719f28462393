import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JurisdictionEntity } from './jurisdiction.entity';
import { JurisdictionLoaders } from './jurisdiction.loaders';
import { JurisdictionsRepository } from './jurisdictions.repository';
import { JurisdictionsResolver } from './jurisdictions.resolver';
import { JurisdictionsService } from './jurisdictions.service';

@Module({
  imports: [TypeOrmModule.forFeature([JurisdictionEntity])],
  providers: [JurisdictionsRepository, JurisdictionsService, JurisdictionLoaders, JurisdictionsResolver],
  exports: [JurisdictionsService, JurisdictionLoaders],
})
export class JurisdictionsModule {}
