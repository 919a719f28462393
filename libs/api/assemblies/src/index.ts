export * from './lib/assembly.entity';
export * from './lib/assembly-edition.entity';
export * from './lib/assemblies.module';
export * from './lib/assemblies.service';
export * from './lib/assembly-role-grant.entity';
export * from './lib/assembly-roles.service';
