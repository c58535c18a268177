// Enterprise admin pages, in nav order; each id names a module beside this file.
export const pages = ['onboarding', 'account', 'quotas', 'manual-service', 'extensions', 'reports'];
