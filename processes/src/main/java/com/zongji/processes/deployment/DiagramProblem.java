package com.zongji.processes.deployment;

/** One reason an uploaded BPMN diagram is refused: the element and, where the parser knows it, line and column. */
public record DiagramProblem(String element, Integer line, Integer column, String message) {
}
