// Business analyst pages, in nav order; each id names a module beside this file.
export const pages = ['rule-tables', 'processes'];
