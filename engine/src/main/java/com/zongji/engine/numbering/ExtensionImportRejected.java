package com.zongji.engine.numbering;

import java.util.List;
import java.util.stream.Collectors;

/** An import that was not applied at all: the file as a whole, or the listed rows, are wrong. */
public class ExtensionImportRejected extends RuntimeException {

    private final transient List<ExtensionRowProblem> problems;

    public ExtensionImportRejected(String message) {
        this(message, List.of());
    }

    private ExtensionImportRejected(String message, List<ExtensionRowProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    static ExtensionImportRejected rows(List<ExtensionRowProblem> problems) {
        String rows = problems.stream().map(problem -> String.valueOf(problem.row())).distinct().collect(Collectors.joining("、"));
        return new ExtensionImportRejected("导入未生效：第 " + rows + " 行有错误，请修改后重新导入 / Nothing was imported; rows with problems: "
                + rows.replace("、", ", "), problems);
    }

    /** Each bad row with its reason, in row order; empty when the file as a whole was refused. */
    public List<ExtensionRowProblem> problems() {
        return problems;
    }
}
