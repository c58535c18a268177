package com.zongji.rules;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;

/**
 * Compiles an analyst's decision-table workbook (Drools xlsx format) into a rule base. A workbook
 * that does not compile is refused as a whole with Drools' messages, so the caller keeps the version
 * it already has.
 */
public class DecisionTableCompiler {

    private final KieServices kie = KieServices.Factory.get();

    public KieBase compile(String name, byte[] workbook) {
        KieFileSystem files = kie.newKieFileSystem();
        files.write("src/main/resources/" + name + ".drl.xlsx",
                kie.getResources().newByteArrayResource(workbook).setResourceType(ResourceType.DTABLE));
        KieBuilder builder;
        try {
            builder = kie.newKieBuilder(files).buildAll();
        } catch (RuntimeException unreadable) {
            // The spreadsheet parser throws instead of reporting (no workbook, misplaced keywords).
            throw new RuleTableRejected(name, List.of(String.valueOf(unreadable.getMessage())));
        }
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(Message::getText)
                .toList();
        if (!errors.isEmpty()) {
            throw new RuleTableRejected(name, errors);
        }
        return kie.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
