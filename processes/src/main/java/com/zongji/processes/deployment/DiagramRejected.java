package com.zongji.processes.deployment;

import java.util.List;

/** A diagram that was not deployed; the version running before stays the one new instances use. */
public class DiagramRejected extends RuntimeException {

    private final transient List<DiagramProblem> problems;

    public DiagramRejected(List<DiagramProblem> problems) {
        super("BPMN diagram refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DiagramProblem> problems() {
        return problems;
    }
}
