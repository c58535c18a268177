/** What Camunda keeps in its history tables: everything, except for the per-call inbound-call process. */
package com.zongji.processes.history;
