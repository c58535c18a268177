package com.zongji.rules.table;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.springframework.stereotype.Component;

/**
 * Compiles an analyst's decision-table workbook (Drools xlsx format) into a rule base. A workbook
 * that does not compile is refused as a whole with Drools' messages, so the caller keeps the version
 * it already has.
 */
@Component
public class DecisionTableCompiler {

    private final KieServices kie = KieServices.Factory.get();
    private final AtomicLong compilations = new AtomicLong();

    public KieBase compile(String name, byte[] workbook) {
        // A release id of its own per compilation: Drools keeps one module per id, and tables compile concurrently.
        ReleaseId release = kie.newReleaseId("com.zongji.rules", name, "0." + compilations.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(release);
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
        KieBase base = kie.newKieContainer(release).getKieBase();
        kie.getRepository().removeKieModule(release);
        return base;
    }
}
