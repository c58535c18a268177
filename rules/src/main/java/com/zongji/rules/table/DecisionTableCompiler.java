package com.zongji.rules.table;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.springframework.stereotype.Component;

/**
 * Compiles an analyst's decision-table workbook (Drools xlsx format) into a rule base. A workbook
 * that does not compile is refused as a whole with Drools' messages, so the caller keeps the version
 * it already has.
 */
@Component
public class DecisionTableCompiler {

    private static final String SCRATCH = "-scratch";

    private final KieServices kie = KieServices.Factory.get();
    private final AtomicLong compilations = new AtomicLong();
    private final WorkbookDiagnosis diagnosis = new WorkbookDiagnosis();

    public KieBase compile(String name, byte[] workbook) {
        List<TableProblem> layout = diagnosis.layoutProblems(workbook);
        if (!layout.isEmpty()) {
            throw new RuleTableRejected(layout, name);
        }
        // A release id of its own per compilation: Drools keeps one module per id, and tables compile concurrently.
        ReleaseId release = kie.newReleaseId("com.zongji.rules", name, "0." + compilations.incrementAndGet());
        List<String> errors = build(name, workbook, release);
        if (!errors.isEmpty()) {
            throw new RuleTableRejected(diagnosis.locate(workbook, errors,
                    candidate -> build(name, candidate, scratchRelease(name))), name);
        }
        KieBase base = kie.newKieContainer(release).getKieBase();
        kie.getRepository().removeKieModule(release);
        return base;
    }

    /**
     * Drools' error messages for the workbook, each prefixed with the generated rule it lies in; an
     * empty list means it built. Expression errors carry no line of generated source, so a failed build
     * is repeated rule by rule to learn which rules fail.
     */
    private List<String> build(String name, byte[] workbook, ReleaseId release) {
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(workbook), InputType.XLS);
        } catch (RuntimeException unreadable) {
            // The spreadsheet parser throws instead of reporting (no workbook, misplaced keywords).
            return List.of(String.valueOf(unreadable.getMessage()));
        }
        List<String> errors = errorsOf(name, drl, release);
        if (errors.isEmpty()) {
            return errors;
        }
        kie.getRepository().removeKieModule(release);
        GeneratedRules rules = GeneratedRules.split(drl);
        List<String> attributed = new ArrayList<>();
        rules.each((rule, source) -> errorsOf(name, source, scratchRelease(name)).stream()
                .map(error -> "rule \"" + rule + "\": " + error)
                .forEach(attributed::add));
        return attributed.isEmpty() ? errors : attributed;
    }

    private List<String> errorsOf(String name, String drl, ReleaseId release) {
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(release);
        files.write("src/main/resources/" + name.replaceAll("\\W", "_") + ".drl", drl);
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::getText)
                .toList();
        if (!errors.isEmpty() || release.getArtifactId().endsWith(SCRATCH)) {
            kie.getRepository().removeKieModule(release);
        }
        return errors;
    }

    private ReleaseId scratchRelease(String name) {
        return kie.newReleaseId("com.zongji.rules", name + SCRATCH, "0." + compilations.incrementAndGet());
    }
}
