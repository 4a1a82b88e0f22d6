export const root: string;
export function run(command: string, args: string[], options?: { env?: Record<string, string>; label?: string }): void;
export function checkNodeVersion(): void;
export function ensureDependencies(): void;
export function ensurePrismaClient(): void;
export function ensureBuild(): void;
export function enableTypeScript(): Promise<void>;
