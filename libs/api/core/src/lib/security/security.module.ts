import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { PolicyGuard, PrivateFieldInterceptor } from './policy.guard';
import { PolicyService } from './policy.service';
import { SecurityRegistry } from './security-registry';

@Global()
@Module({
  providers: [
    SecurityRegistry,
    PolicyService,
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_INTERCEPTOR, useClass: PrivateFieldInterceptor },
  ],
  exports: [SecurityRegistry, PolicyService],
})
export class SecurityModule {}
