// Employee pages, in nav order; each id names a module beside this file.
export const pages = ['dial', 'history', 'contacts'];
