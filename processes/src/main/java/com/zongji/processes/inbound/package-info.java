/**
 * The inbound call flow: {@code inbound-call.bpmn} (service window, smart routing, IVR, manual service) and
 * the small generic delegates it calls on {@link com.zongji.engine.call.InboundCallSteps}. What is said,
 * which keys lead where, and every timeout are inputs and conditions of the diagram, so an analyst changes
 * the menu by editing the BPMN alone.
 */
package com.zongji.processes.inbound;
