/**
 * Camunda 7 BPMN processes (enterprise onboarding, number selection, the inbound IVR / manual-service
 * call flow) and the thin delegates they call, behind the engine's flow ports. The diagrams live in
 * {@code src/main/resources} so analysts can open them in Camunda Modeler.
 */
package com.zongji.processes;
